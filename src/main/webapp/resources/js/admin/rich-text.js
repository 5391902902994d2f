/*
 * Back office: a small formatting toolbar for content texts. Each textarea[data-rich-text] gets buttons that write
 * the portal's plain-text markup around the selection — "## " heading, "- " and "1. " list items, *emphasis*,
 * **strong**, [label](https://…) — so communicators need not remember it. The text stays plain text: what is posted
 * is sanitized on the server whatever it holds, and without this file the textarea works just the same.
 *
 * Button names come from data-label-* attributes on the textarea (data-label-toolbar, -heading, -bullets, -numbers,
 * -emphasis, -strong, -link), so the page can give them in the communicator's language; English otherwise.
 * Keyboard: Tab reaches the toolbar, arrow keys move between its buttons; in the textarea Ctrl (⌘) + B, I and K
 * add strong, emphasis and a link. No inline handlers: the Content Security Policy allows only script files.
 */
(function () {
    'use strict';

    var ACTIONS = [
        {name: 'heading', label: 'Heading', glyph: 'H', apply: function (area) { toggleLines(area, 'heading'); }},
        {name: 'bullets', label: 'Bulleted list', glyph: '•', apply: function (area) { toggleLines(area, 'bullets'); }},
        {name: 'numbers', label: 'Numbered list', glyph: '1.', apply: function (area) { toggleLines(area, 'numbers'); }},
        {name: 'emphasis', label: 'Emphasis', glyph: 'I', key: 'i', apply: function (area) { toggleMarker(area, 1); }},
        {name: 'strong', label: 'Strong', glyph: 'B', key: 'b', apply: function (area) { toggleMarker(area, 2); }},
        {name: 'link', label: 'Link', glyph: '[…]', key: 'k', apply: link}
    ];
    var LINE_MARKERS = {
        heading: /^##\s+/,
        bullets: /^-\s+/,
        numbers: /^\d{1,3}\.\s+/
    };
    var ANY_LINE_MARKER = /^(##|-|\d{1,3}\.)\s+/;
    var ADDRESS = /^(https?:\/\/|mailto:)\S+$/i;
    var counter = 0;

    /*
     * Replaces part of the text as typing would, so the browser's Undo still works (execCommand is the only way to
     * edit a textarea with undo history); setRangeText where the browser refuses. Then selects [from, to).
     */
    function replace(area, start, end, text, from, to) {
        area.focus();
        area.setSelectionRange(start, end);
        var typed = false;
        try {
            typed = document.execCommand('insertText', false, text);
        } catch (e) {
            typed = false;
        }
        if (!typed || area.value.substring(start, start + text.length) !== text) {
            area.setRangeText(text, start, end, 'end');
            area.dispatchEvent(new Event('input', {bubbles: true}));
        }
        area.setSelectionRange(from, to);
    }

    /* Emphasis (1 star) or strong (2) around the selection, or taken away when the selection already has it. */
    function toggleMarker(area, stars) {
        var value = area.value;
        var start = area.selectionStart;
        var end = area.selectionEnd;
        // Markup needs its markers next to words: spaces at the edges of the selection stay outside.
        while (start < end && /\s/.test(value.charAt(start))) { start++; }
        while (end > start && /\s/.test(value.charAt(end - 1))) { end--; }
        var before = starsBefore(value, start);
        var after = starsAfter(value, end);
        // Within ***both***, either look can be taken away; within **strong**, emphasis is still added.
        var has = stars === 1 ? (before === 1 || before === 3) && before === after
                              : (before === 2 || before === 3) && before === after;
        if (has) {
            var inner = value.substring(start, end);
            replace(area, start - stars, end + stars, inner, start - stars, end - stars);
            return;
        }
        var marker = stars === 1 ? '*' : '**';
        replace(area, start, end, marker + value.substring(start, end) + marker, start + stars, end + stars);
    }

    function starsBefore(value, index) {
        var count = 0;
        while (index - count > 0 && value.charAt(index - count - 1) === '*') { count++; }
        return count;
    }

    function starsAfter(value, index) {
        var count = 0;
        while (value.charAt(index + count) === '*') { count++; }
        return count;
    }

    /* The whole lines the selection touches: a heading, bulleted or numbered items, or back to plain lines. */
    function toggleLines(area, look) {
        var value = area.value;
        var start = value.lastIndexOf('\n', area.selectionStart - 1) + 1;
        var selectionEnd = area.selectionEnd > area.selectionStart && value.charAt(area.selectionEnd - 1) === '\n'
            ? area.selectionEnd - 1 : area.selectionEnd;
        var end = value.indexOf('\n', selectionEnd);
        if (end < 0) { end = value.length; }
        var lines = value.substring(start, end).split('\n');
        var written = lines.filter(function (line) { return line.trim() !== ''; });
        var already = written.length > 0 && written.every(function (line) { return LINE_MARKERS[look].test(line); });
        var number = 0;
        var result = lines.map(function (line) {
            if (line.trim() === '') { return line; }
            var bare = line.replace(ANY_LINE_MARKER, '');
            if (already) { return bare; }
            if (look === 'heading') { return '## ' + bare; }
            if (look === 'bullets') { return '- ' + bare; }
            number++;
            return number + '. ' + bare;
        }).join('\n');
        replace(area, start, end, result, start, start + result.length);
    }

    /*
     * [selection](https://) with the address selected, ready to be typed over; a selected address becomes both the
     * label and the address. The server accepts only http, https and mailto addresses.
     */
    function link(area) {
        var value = area.value;
        var start = area.selectionStart;
        var end = area.selectionEnd;
        var label = value.substring(start, end).trim().replace(/[\[\]]/g, '');
        if (ADDRESS.test(label)) {
            var both = '[' + label + '](' + label + ')';
            replace(area, start, end, both, start + 1, start + 1 + label.length);
            return;
        }
        var address = 'https://';
        var text = '[' + label + '](' + address + ')';
        var addressStart = start + label.length + 3;
        replace(area, start, end, text, addressStart, addressStart + address.length);
    }

    function labelFor(area, action) {
        var attribute = area.getAttribute('data-label-' + action.name);
        return attribute && attribute.trim() ? attribute.trim() : action.label;
    }

    function enhance(area) {
        if (area.hasAttribute('data-rich-text-ready')) { return; }
        area.setAttribute('data-rich-text-ready', '');
        if (!area.id) { area.id = 'rich-text-' + (++counter); }
        var toolbar = document.createElement('div');
        toolbar.className = 'rich-text-toolbar';
        toolbar.setAttribute('role', 'toolbar');
        toolbar.setAttribute('aria-label', area.getAttribute('data-label-toolbar') || 'Formatting');
        toolbar.setAttribute('aria-controls', area.id);
        var buttons = ACTIONS.map(function (action, index) {
            var button = document.createElement('button');
            var name = labelFor(area, action);
            button.type = 'button';
            button.className = 'rich-text-toolbar__' + action.name;
            button.setAttribute('aria-label', name);
            button.title = name;
            // Only one button of a toolbar is in the Tab order; arrow keys move between them (the ARIA toolbar pattern).
            button.tabIndex = index === 0 ? 0 : -1;
            var glyph = document.createElement('span');
            glyph.setAttribute('aria-hidden', 'true');
            glyph.textContent = action.glyph;
            button.appendChild(glyph);
            button.addEventListener('click', function () { action.apply(area); });
            toolbar.appendChild(button);
            return button;
        });
        toolbar.addEventListener('keydown', function (event) { moveFocus(event, buttons, toolbar); });
        area.addEventListener('keydown', function (event) { shortcut(event, area); });
        area.parentNode.insertBefore(toolbar, area);
    }

    function moveFocus(event, buttons, toolbar) {
        var current = buttons.indexOf(document.activeElement);
        if (current < 0) { return; }
        // In a right-to-left page the toolbar is mirrored, so the right arrow goes back.
        var rtl = window.getComputedStyle(toolbar).direction === 'rtl';
        var next = {
            ArrowRight: current + (rtl ? -1 : 1),
            ArrowLeft: current + (rtl ? 1 : -1),
            Home: 0,
            End: buttons.length - 1
        }[event.key];
        if (next === undefined) { return; }
        event.preventDefault();
        next = (next + buttons.length) % buttons.length;
        buttons[current].tabIndex = -1;
        buttons[next].tabIndex = 0;
        buttons[next].focus();
    }

    function shortcut(event, area) {
        if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) { return; }
        var key = event.key.toLowerCase();
        ACTIONS.forEach(function (action) {
            if (action.key === key) {
                event.preventDefault();
                action.apply(area);
            }
        });
    }

    function enhanceAll(root) {
        if (root.matches && root.matches('textarea[data-rich-text]')) { enhance(root); }
        if (root.querySelectorAll) {
            Array.prototype.forEach.call(root.querySelectorAll('textarea[data-rich-text]'), enhance);
        }
    }

    function start() {
        enhanceAll(document);
        // Back-office forms redraw parts of the page (PrimeFaces updates): new textareas get their toolbar too.
        if (window.MutationObserver) {
            new MutationObserver(function (changes) {
                changes.forEach(function (change) {
                    Array.prototype.forEach.call(change.addedNodes, function (node) {
                        if (node.nodeType === 1) { enhanceAll(node); }
                    });
                });
            }).observe(document.body, {childList: true, subtree: true});
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
