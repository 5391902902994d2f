/*
 * Open Doors family pages: progressive enhancement only. Every page works without this file; with it the school
 * list updates without a full reload, the shortlist is kept in this browser (never on the server), the "About your
 * family" answers follow the family from page to page, and maps are drawn. No inline handlers, so the Content
 * Security Policy can forbid inline script.
 */
(function () {
    'use strict';

    var SHORTLIST = 'opendoors.shortlist';
    var ANSWERS = 'opendoors.family';
    var ANSWER_NAMES = ['newcomer', 'first', 'child_stage', 'costs'];
    var lang = document.documentElement.lang;

    function stored(key, fallback) {
        try {
            var value = window.localStorage.getItem(key);
            return value ? JSON.parse(value) : fallback;
        } catch (e) {
            return fallback;
        }
    }

    function store(key, value) {
        try {
            window.localStorage.setItem(key, JSON.stringify(value));
        } catch (e) { /* private browsing: the URL still carries everything */ }
    }

    function withSchools(path, slugs) {
        return path + (slugs.length ? '?' + slugs.map(function (s) { return 'school=' + encodeURIComponent(s); }).join('&') : '');
    }

    /* The school list: the same GET form, fetched and swapped in place; the URL follows, so Back works. */
    function liveList() {
        var form = document.getElementById('finder');
        var results = document.getElementById('results');
        if (!form || !results || !window.fetch || !window.history.pushState) {
            return;
        }
        var timer;
        function load(url, push) {
            fetch(url, {headers: {'Accept': 'text/html'}}).then(function (response) {
                return response.text();
            }).then(function (html) {
                var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('results');
                if (fresh) {
                    // Move the parsed nodes over; never hand markup to innerHTML.
                    results.replaceChildren.apply(results, Array.from(fresh.childNodes).map(function (node) {
                        return document.importNode(node, true);
                    }));
                    if (push) {
                        window.history.pushState({finder: true}, '', url);
                    }
                    drawMaps(results);
                }
            }).catch(function () {
                window.location.href = url;
            });
        }
        function query() {
            var params = new URLSearchParams(new FormData(form));
            Array.from(params.keys()).forEach(function (key) {
                if (params.get(key) === '') {
                    params.delete(key);
                }
            });
            var search = params.toString();
            return form.getAttribute('action') + (search ? '?' + search : '');
        }
        form.addEventListener('change', function (event) {
            // One way of saying where the family lives at a time: the one it just used.
            if (event.target.name === 'address' && event.target.value.trim() !== '') {
                form.elements.place.value = '';
                form.elements.near.value = '';
            } else if (event.target.name === 'place' && form.elements.address) {
                form.elements.address.value = '';
            }
            load(query(), true);
        });
        form.addEventListener('input', function (event) {
            if (event.target.type === 'search') {
                clearTimeout(timer);
                timer = setTimeout(function () { load(query(), true); }, 350);
            }
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            load(query(), true);
        });
        window.addEventListener('popstate', function () {
            window.location.reload();
        });
    }

    /* The shortlist lives only in this browser's storage; pages receive it in their URL when the family opens them. */
    function shortlist() {
        var slugs = stored(SHORTLIST, []);
        document.querySelectorAll('a.nav-shortlist').forEach(function (link) {
            link.href = withSchools(link.getAttribute('href').split('?')[0], slugs);
        });
        var toggle = document.querySelector('[data-shortlist-school]');
        if (toggle) {
            var slug = toggle.getAttribute('data-shortlist-school');
            var button = toggle.querySelector('button');
            var refresh = function () {
                var on = slugs.indexOf(slug) >= 0;
                button.textContent = toggle.getAttribute(on ? 'data-label-remove' : 'data-label-add');
                button.setAttribute('aria-pressed', on ? 'true' : 'false');
                var link = toggle.querySelector('a.shortlist-link');
                link.href = withSchools(link.getAttribute('href').split('?')[0], slugs);
            };
            button.addEventListener('click', function () {
                var at = slugs.indexOf(slug);
                if (at >= 0) {
                    slugs.splice(at, 1);
                } else {
                    slugs.push(slug);
                }
                store(SHORTLIST, slugs);
                refresh();
                document.querySelectorAll('a.nav-shortlist').forEach(function (link) {
                    link.href = withSchools(link.getAttribute('href').split('?')[0], slugs);
                });
            });
            toggle.hidden = false;
            refresh();
        }
        var list = document.querySelector('[data-shortlist-page]');
        if (list) {
            var inUrl = new URLSearchParams(window.location.search).getAll('school');
            if (inUrl.length === 0 && slugs.length > 0) {
                window.location.replace(withSchools(window.location.pathname, slugs));
                return;
            }
            var compare = document.querySelector('a.compare-shortlist');
            if (compare && inUrl.length >= 2 && inUrl.length <= 4) {
                compare.href = withSchools(compare.getAttribute('href'), inUrl);
                compare.hidden = false;
            }
        }
    }

    /* "About your family": answers given once follow the family to the guide and to every profile. */
    function familyAnswers() {
        var params = new URLSearchParams(window.location.search);
        var given = {};
        ANSWER_NAMES.forEach(function (name) {
            if (params.get(name)) {
                given[name] = params.get(name);
            }
        });
        if (document.querySelector('.family-form') && Object.keys(given).length) {
            store(ANSWERS, given);
        }
        document.querySelectorAll('a.forget-answers').forEach(function (link) {
            link.addEventListener('click', function () {
                try { window.localStorage.removeItem(ANSWERS); } catch (e) { /* nothing stored */ }
            });
        });
        var answers = stored(ANSWERS, {});
        var query = ANSWER_NAMES.filter(function (name) { return answers[name]; })
            .map(function (name) { return name + '=' + encodeURIComponent(answers[name]); }).join('&');
        if (!query) {
            return;
        }
        var pattern = new RegExp('^/' + lang + '/(guide|schools/[a-z0-9-]+)$');
        document.querySelectorAll('a[href]').forEach(function (link) {
            var href = link.getAttribute('href');
            if (pattern.test(href) && !link.classList.contains('forget-answers')) {
                link.setAttribute('href', href + '?' + query);
            }
        });
    }

    /* Maps: Leaflet is loaded from this site only when a page has a map; tiles only when the city configured them. */
    var leafletLoading;
    function leaflet() {
        if (window.L) {
            return Promise.resolve(window.L);
        }
        if (!leafletLoading) {
            var base = document.querySelector('meta[name="opendoors:leaflet"]').content;
            var css = document.createElement('link');
            css.rel = 'stylesheet';
            css.href = base + 'leaflet.css';
            document.head.appendChild(css);
            leafletLoading = new Promise(function (resolve, reject) {
                var script = document.createElement('script');
                script.src = base + 'leaflet.js';
                script.onload = function () { resolve(window.L); };
                script.onerror = reject;
                document.head.appendChild(script);
            });
        }
        return leafletLoading;
    }

    function drawMaps(root) {
        var maps = (root || document).querySelectorAll('[data-map]');
        if (!maps.length) {
            return;
        }
        leaflet().then(function (L) {
            maps.forEach(function (element) { draw(L, element); });
        }).catch(function (error) {
            // No map: the lists around it show everything the map would.
            if (window.console) {
                window.console.warn('Open Doors map not drawn', error);
            }
        });
    }

    /*
     * Leaflet writes a string tooltip or popup with innerHTML, so a school or district name would become markup.
     * It is handed an element holding the name as text instead.
     */
    function textNode(text) {
        var span = document.createElement('span');
        span.textContent = String(text);
        return span;
    }

    function draw(L, element) {
        if (element.getAttribute('data-drawn')) {
            return;
        }
        element.setAttribute('data-drawn', 'true');
        // Fractional zoom fits a small city's outline to the box instead of leaving it at half the next zoom level.
        var map = L.map(element, {scrollWheelZoom: false, attributionControl: true, zoomSnap: 0.25});
        var tiles = document.querySelector('meta[name="opendoors:tiles"]');
        if (tiles && tiles.content) {
            var attribution = document.querySelector('meta[name="opendoors:tiles-attribution"]');
            L.tileLayer(tiles.content, {maxZoom: 19, attribution: attribution ? attribution.content : ''}).addTo(map);
        }
        var data = JSON.parse(element.getAttribute('data-geo') || '{}');
        // Leaflet draws nothing before the map has a view: gather every layer and its bounds first.
        var layers = [];
        var bounds = L.latLngBounds([]);
        // On a map of several districts each name stays on the map, so a family sees where the schools are
        // without hovering; a school's own map names the school instead.
        var severalDistricts = (data.districts || []).length > 1;
        (data.districts || []).forEach(function (district) {
            var layer = L.geoJSON(district.outline, {style: {color: '#0b6b50', weight: 2, fillOpacity: 0.05}})
                .bindTooltip(textNode(district.name), severalDistricts
                    ? {permanent: true, direction: 'center', className: 'map-label'} : {});
            layers.push(layer);
            bounds.extend(layer.getBounds());
        });
        (data.schools || []).forEach(function (school) {
            var marker = L.circleMarker([school.lat, school.lon], {
                radius: 7, color: school.proximity ? '#b35900' : '#0b6b50', fillOpacity: 0.8
            });
            if (school.href) {
                var link = document.createElement('a');
                link.href = school.href;
                link.textContent = school.name;
                marker.bindPopup(link);
                marker.bindTooltip(textNode(school.name));
            } else {
                // A school's own map names it.
                marker.bindTooltip(textNode(school.name), {permanent: true, direction: 'top', offset: [0, -8]});
            }
            layers.push(marker);
            bounds.extend([school.lat, school.lon]);
        });
        if (data.place) {
            layers.push(L.circleMarker([data.place.lat, data.place.lon], {radius: 5, color: '#1d2733', fillOpacity: 1}));
            bounds.extend([data.place.lat, data.place.lon]);
        }
        if (!bounds.isValid()) {
            return;
        }
        map.fitBounds(bounds, {padding: [12, 12], maxZoom: 16});
        layers.forEach(function (layer) { layer.addTo(map); });
        var form = element.getAttribute('data-pick') && document.getElementById(element.getAttribute('data-pick'));
        if (form) {
            map.on('click', function (event) {
                form.elements.place.value = '';
                if (form.elements.address) {
                    form.elements.address.value = '';
                }
                form.elements.near.value = event.latlng.lat.toFixed(5) + ',' + event.latlng.lng.toFixed(5);
                form.dispatchEvent(new Event('change'));
            });
        }
    }

    /*
     * Listen: the device's own speech synthesis reads the page, block by block, each in its own language (a text
     * not yet translated is read in the language it is written in). Nothing leaves the device; the control shows
     * only where the device has a voice for the page's language.
     */
    var READ_ALOUD = 'h1, h2, h3, h4, p, li, dt, dd, th, td';
    var NOT_READ = '.listen, .shortlist-actions, .map, .map-legend, .map-directions, form, nav, [hidden], .no-print';

    function voiceFor(language) {
        var wanted = (language || '').toLowerCase();
        return window.speechSynthesis.getVoices().filter(function (voice) {
            var tag = (voice.lang || '').toLowerCase().replace('_', '-');
            return tag === wanted || tag.indexOf(wanted + '-') === 0;
        })[0];
    }

    function blocksToRead(root) {
        return Array.from(root.querySelectorAll(READ_ALOUD)).filter(function (element) {
            return !element.closest(NOT_READ) && !element.querySelector(READ_ALOUD)
                && element.textContent.trim() !== '';
        });
    }

    function listen() {
        var control = document.querySelector('[data-listen]');
        if (!control || !window.speechSynthesis || !window.SpeechSynthesisUtterance) {
            return;
        }
        var synth = window.speechSynthesis;
        var button = control.querySelector('button');
        var target = document.querySelector(control.getAttribute('data-listen'));
        var reading = false;
        function show(on) {
            reading = on;
            // The label says what a press does now ("Listen" / "Stop listening"), so no pressed state is added.
            button.textContent = control.getAttribute(on ? 'data-label-stop' : 'data-label-start');
        }
        function offer() {
            if (target && voiceFor(lang)) {
                control.hidden = false;
            }
        }
        button.addEventListener('click', function () {
            if (reading) {
                synth.cancel();
                show(false);
                return;
            }
            synth.cancel();
            var blocks = blocksToRead(target);
            blocks.forEach(function (element, index) {
                var language = (element.closest('[lang]') || document.documentElement).getAttribute('lang');
                var voice = voiceFor(language) || voiceFor(lang);
                var utterance = new window.SpeechSynthesisUtterance(element.textContent.replace(/\s+/g, ' ').trim());
                utterance.lang = voice ? voice.lang : language;
                utterance.voice = voice || null;
                if (index === blocks.length - 1) {
                    utterance.onend = function () { show(false); };
                }
                synth.speak(utterance);
            });
            show(blocks.length > 0);
        });
        offer();
        if (synth.addEventListener) {
            synth.addEventListener('voiceschanged', offer);
        }
        window.addEventListener('pagehide', function () { synth.cancel(); });
    }

    /* Offline: a service worker keeps the guide, the shortlist and the last profiles opened (see /sw.js). */
    function offline() {
        if ('serviceWorker' in navigator && window.isSecureContext) {
            navigator.serviceWorker.register('/sw.js').catch(function () { /* online as before */ });
        }
    }

    /* The compare bar follows the family down a long list once it has ticked a school. */
    function compareBar() {
        var bar = document.getElementById('compare-form');
        if (!bar) {
            return;
        }
        document.addEventListener('change', function (event) {
            if (event.target.form === bar) {
                bar.classList.toggle('compare-bar--ready',
                    document.querySelectorAll('input[form="compare-form"]:checked').length > 0);
            }
        });
    }

    function start() {
        offline();
        compareBar();
        listen();
        liveList();
        shortlist();
        familyAnswers();
        drawMaps(document);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
