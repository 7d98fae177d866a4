// Service worker: after one visit, the hosted widget opens without a network.
//
// On install it stores every file this build's page loads (the list, each file's SHA-256 and a version
// hash of them all are written in by scripts/assemble-dist.sh) and from then on answers those
// files from that store, network only for anything else (a blogger's own careers.json, course
// pages). A new build has a new hash, so a new worker: it installs beside the old one, takes
// over at once (skipWaiting + clients.claim: the widget keeps no state in the worker, and the
// next load uses the new files) and deletes the old store.
//
// Nothing truncated or mismatched is ever kept: each file is checked against its hash before it
// is stored (one fresh retry), and any file that does not match fails the whole install. The
// page stays online-only then and the browser installs again on the next visit, so a server
// that was fixed in between is picked up by itself.
//
// The data, careers.json, is the one file a blogger may replace in a deployed dist/ without a
// build (README, "Hosting"): it is stored as the server gives it (when it is JSON), and asked of the server first
// at every load, the stored copy answering when the server does not (offline, or no answer
// within DATA_WAIT_MS). The widget validates whatever data it gets.
'use strict';

var VERSION = '__CE_VERSION__';
var ASSETS = [/* __CE_ASSETS__ */];  // [path, sha256 hex] pairs
var PREFIX = 'career-explorer-';
var CACHE = PREFIX + VERSION;
// An unstamped copy (web/sw.js served as it is in the repo) must not cache anything.
var STAMPED = ASSETS.length > 0 && VERSION.indexOf('__') !== 0;
var DATA = 'careers.json';
var DATA_WAIT_MS = 4000;

function hex(buffer) {
  return Array.prototype.map.call(new Uint8Array(buffer), function (b) {
    return ('0' + b.toString(16)).slice(-2);
  }).join('');
}

// The file at `path`, straight from the server (not the HTTP cache), if its bytes are this
// build's: resolves to a Response to store, rejects otherwise.
function fetchVerified(path, expected, mode) {
  return fetch(new Request(path, { cache: mode })).then(function (response) {
    if (!response.ok) throw new Error(path + ': HTTP ' + response.status);
    return response.arrayBuffer().then(function (body) {
      return crypto.subtle.digest('SHA-256', body).then(function (digest) {
        if (hex(digest) !== expected && path !== DATA) throw new Error(path + ': not this build\'s file');
        return new Response(body, { headers: response.headers });
      });
    });
  });
}

self.addEventListener('install', function (event) {
  if (!STAMPED) return;
  event.waitUntil(Promise.all(ASSETS.map(function (asset) {
    return fetchVerified(asset[0], asset[1], 'no-cache').catch(function () {
      return fetchVerified(asset[0], asset[1], 'reload');  // one fresh retry past every cache
    });
  })).then(function (responses) {
    // Stored only once every file is right: never a half-filled store.
    return caches.open(CACHE).then(function (cache) {
      return Promise.all(ASSETS.map(function (asset, i) { return cache.put(asset[0], responses[i]); }));
    });
  }).then(function () {
    return self.skipWaiting();
  }).catch(function (error) {
    return caches.delete(CACHE).then(function () { throw error; });  // the install fails
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
  return ASSETS.some(function (asset) { return asset[0] === path; }) ? path : null;
}

self.addEventListener('fetch', function (event) {
  var path = assetFor(event.request);
  if (!path) return;  // not ours: the browser goes to the network as usual
  // Matched by path alone: ?theme= and ?compact= are read by the page's script, and the
  // fragment never reaches the worker.
  event.respondWith(caches.open(CACHE).then(function (cache) {
    if (path === DATA) return latestData(cache);
    return cache.match(path).then(function (hit) {
      return hit || fetch(event.request);
    });
  }));
});

// The server's data when it answers in time (and then stored for the next load offline), else the
// stored data; the server's answer, whatever it is, when nothing is stored.
function latestData(cache) {
  var server = fetch(new Request(DATA, { cache: 'no-cache' })).then(function (response) {
    if (!response.ok) return cache.match(DATA).then(function (hit) { return hit || response; });
    // Kept only if it is JSON at all: a page a captive portal or a host's catch-all answers
    // with (200, HTML) must not replace the data that worked. The page is still given it (the
    // widget says what is wrong), and offline the stored data answers.
    return response.clone().text().then(JSON.parse).then(function () {
      return cache.put(DATA, response.clone());
    }).then(function () { return response; }, function () { return response; });
  });
  var stored = function () {
    return cache.match(DATA).then(function (hit) { return hit || server; });
  };
  var late = new Promise(function (resolve) { setTimeout(resolve, DATA_WAIT_MS); }).then(stored);
  return Promise.race([server.catch(stored), late]);
}
