/*
 * The translator's editor: renders the message as the translator types, once per plural category of the language,
 * by asking the server (ICU4J, exactly as family pages render it) and showing the samples or why the message
 * cannot be rendered. The page works without this file: the preview then shows the last saved or submitted text.
 * The words this file adds come from data-label-* attributes of the preview region (data-label-refused, -note,
 * -unavailable), written by the server in the translator's back-office language; English otherwise.
 * No inline script or handlers, so the Content Security Policy can forbid them.
 */
(function () {
    'use strict';

    var DELAY_MS = 250;

    function text(tag, className, content) {
        var element = document.createElement(tag);
        if (className) {
            element.className = className;
        }
        element.textContent = content;
        return element;
    }

    function label(region, name, english) {
        var value = region.getAttribute('data-label-' + name);
        return value && value.trim() ? value.trim() : english;
    }

    function show(region, result, lang, dir) {
        region.replaceChildren();
        if (result.error) {
            region.appendChild(text('p', 'bo-problem', result.error));
        } else {
            var list = document.createElement('dl');
            list.className = 'tr-samples';
            result.samples.forEach(function (sample) {
                list.appendChild(text('dt', null, sample.label));
                var rendered = text('dd', null, sample.text);
                rendered.lang = lang;
                rendered.dir = dir;
                list.appendChild(rendered);
            });
            region.appendChild(list);
        }
        (result.findings || []).forEach(function (finding) {
            region.appendChild(text('p', finding.severity === 'ERROR' ? 'bo-problem' : 'bo-warning tr-note',
                (finding.severity === 'ERROR' ? label(region, 'refused', 'Will not save:')
                                              : label(region, 'note', 'Note:')) + ' ' + finding.message));
        });
    }

    function start() {
        var field = document.querySelector('textarea[data-preview-url]');
        var region = document.getElementById('preview');
        if (!field || !region || !window.fetch) {
            return;
        }
        var timer;
        var latest = 0;
        function refresh() {
            var request = ++latest;
            var body = new URLSearchParams();
            body.set('lang', field.getAttribute('data-lang'));
            body.set('key', field.getAttribute('data-key'));
            body.set('text', field.value);
            fetch(field.getAttribute('data-preview-url'), {
                method: 'POST', body: body, credentials: 'same-origin', headers: {'Accept': 'application/json'}
            }).then(function (response) {
                if (!response.ok) {
                    throw new Error(label(region, 'unavailable', 'The preview is not available right now.'));
                }
                return response.json();
            }).then(function (result) {
                if (request === latest) {
                    show(region, result, field.lang, field.dir);
                }
            }).catch(function (problem) {
                if (request === latest) {
                    show(region, {error: problem.message, samples: []}, field.lang, field.dir);
                }
            });
        }
        field.addEventListener('input', function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(refresh, DELAY_MS);
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
