// Keeps the playground's own files so that it works offline once loaded. It caches only these
// files (never a draft: drafts live in the address fragment, which is not part of a request).
// build.sh replaces VERSION with a hash of the files, so a new release replaces the old cache.
const CACHE = "copydesk-VERSION";
const FILES = ["./", "index.html", "app.js", "style.css", "pkg/copydesk_wasm.js", "pkg/copydesk_wasm_bg.wasm"];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The network first (a fresh release when online), the cache when there is no network.
self.addEventListener("fetch", (event) => {
  if (event.request.method !== "GET" || new URL(event.request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(event.request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((c) => c.put(event.request, copy));
        }
        return response;
      })
      .catch(() => caches.match(event.request, { ignoreSearch: true })),
  );
});
