// Service worker: after one visit, the hosted widget opens without a network.
//
// On install it stores every file of this build (the list and a version hash of their contents
// are written in by scripts/assemble-dist.sh) and from then on answers those files from that
// store, network only for anything else (a blogger's own careers.json, course pages). A new build
// has a new hash, so a new worker: it installs beside the old one, takes over at once
// (skipWaiting + clients.claim: the widget keeps no state in the worker, and the next load uses
// the new files) and deletes the old store.
'use strict';

var VERSION = '__CE_VERSION__';
var ASSETS = [/* __CE_ASSETS__ */];
var PREFIX = 'career-explorer-';
var CACHE = PREFIX + VERSION;
// An unstamped copy (web/sw.js served as it is in the repo) must not cache anything.
var STAMPED = ASSETS.length > 0 && VERSION.indexOf('__') !== 0;

self.addEventListener('install', function (event) {
  if (!STAMPED) return;
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    // Straight from the server, not from the HTTP cache: the store must hold this build's files.
    return cache.addAll(ASSETS.map(function (path) { return new Request(path, { cache: 'no-cache' }); }));
  }).then(function () {
    return self.skipWaiting();
  }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (key) {
      return key.indexOf(PREFIX) === 0 && key !== CACHE;
    }).map(function (key) {
      return caches.delete(key);
    }));
  }).then(function () {
    return self.clients.claim();
  }));
});

// The build file a request is for ('index.html' for the folder itself), or null.
function assetFor(request) {
  if (!STAMPED || request.method !== 'GET') return null;
  var url = new URL(request.url);
  var scope = new URL(self.registration.scope);
  if (url.origin !== scope.origin || url.pathname.indexOf(scope.pathname) !== 0) return null;
  var path = url.pathname.slice(scope.pathname.length) || 'index.html';
  return ASSETS.indexOf(path) !== -1 ? path : null;
}

self.addEventListener('fetch', function (event) {
  var path = assetFor(event.request);
  if (!path) return;  // not ours: the browser goes to the network as usual
  // Matched by path alone: ?theme= and ?compact= are read by the page's script, and the
  // fragment never reaches the worker.
  event.respondWith(caches.open(CACHE).then(function (cache) {
    return cache.match(path);
  }).then(function (hit) {
    return hit || fetch(event.request);
  }));
});
