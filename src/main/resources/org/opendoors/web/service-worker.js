/*
 * Open Doors offline: after a first visit, the guide, the home page, the shortlist and the last profiles a family
 * opened stay readable without a network. Pages come from the network whenever it answers (so a family always
 * reads the published texts) and are kept as they come; only when the network fails is the kept copy shown.
 * REVISION is the published revision this file was written for: a publish changes this file, the browser installs
 * it again, and every kept page is fetched anew. Nothing here leaves the family's browser.
 */
'use strict';

var PAGES = 'opendoors-pages';
var ASSETS = 'opendoors-assets';
var MOST_PROFILES = 10;
var PROFILE = /^\/[a-z]{2}\/schools\/[a-z0-9-]+$/;
var KEPT = /^\/[a-z]{2}\/(guide|shortlist)?$/;
var ASSET = /^\/(jakarta\.faces\.resource|webjars)\//;

self.addEventListener('install', function () {
    self.skipWaiting();
});

self.addEventListener('activate', function (event) {
    event.waitUntil(refreshKeptPages().then(function () {
        return self.clients.claim();
    }));
});

function refreshKeptPages() {
    return caches.open(PAGES).then(function (cache) {
        return cache.keys().then(function (requests) {
            return Promise.all(requests.map(function (request) {
                return fetch(request).then(function (response) {
                    return keepable(response) ? cache.put(request, response) : null;
                }).catch(function () { return null; });
            }));
        });
    });
}

function keepable(response) {
    return response && response.ok && response.type === 'basic' && !response.headers.has('Set-Cookie');
}

/* The newest profiles are kept, the oldest dropped: a re-opened profile moves to the end. */
function keep(request, response, path) {
    return caches.open(PAGES).then(function (cache) {
        return cache.delete(request).then(function () {
            return cache.put(request, response);
        }).then(function () {
            if (!PROFILE.test(path)) {
                return null;
            }
            return cache.keys().then(function (requests) {
                var profiles = requests.filter(function (kept) { return PROFILE.test(new URL(kept.url).pathname); });
                return Promise.all(profiles.slice(0, Math.max(0, profiles.length - MOST_PROFILES))
                    .map(function (old) { return cache.delete(old); }));
            });
        });
    });
}

function kept(request) {
    return caches.open(PAGES).then(function (cache) {
        return cache.match(request).then(function (hit) {
            // The shortlist or a profile with other answers: the last one kept is better than nothing.
            return hit || cache.match(request, {ignoreSearch: true});
        });
    });
}

self.addEventListener('fetch', function (event) {
    var request = event.request;
    var url = new URL(request.url);
    if (request.method !== 'GET' || url.origin !== self.location.origin) {
        return;
    }
    if (request.mode === 'navigate' && (PROFILE.test(url.pathname) || KEPT.test(url.pathname))) {
        event.respondWith(fetch(request).then(function (response) {
            if (keepable(response)) {
                event.waitUntil(keep(request, response.clone(), url.pathname));
            }
            return response;
        }).catch(function () {
            return kept(request).then(function (hit) {
                return hit || Response.error();
            });
        }));
    } else if (ASSET.test(url.pathname)) {
        event.respondWith(caches.open(ASSETS).then(function (cache) {
            return fetch(request).then(function (response) {
                if (keepable(response)) {
                    event.waitUntil(cache.put(request, response.clone()));
                }
                return response;
            }).catch(function () {
                return cache.match(request).then(function (hit) {
                    return hit || Response.error();
                });
            });
        }));
    }
});
