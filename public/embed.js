/*!
 * News Timeline embed helper (dependency-free, ~1 KB).
 *
 * Include once on a page that embeds News Timeline iframes:
 *   <iframe src="https://TIMELINE-HOST/embed?actors=antony-blinken" title="News Timeline"
 *           loading="lazy" width="100%" height="480" style="border:0" data-news-timeline></iframe>
 *   <script async src="https://TIMELINE-HOST/embed.js"></script>
 *
 * Each embed posts {type: 'news-timeline:height', height, id?} to its parent when it loads and
 * whenever its content resizes. This script sets the height of the iframe that sent the message,
 * and only when the message comes from that iframe's window (event.source) and from the origin
 * of its src (event.origin). Frames are found by iframe[data-news-timeline] or iframe[src*="/embed"].
 * Without this script the iframe keeps its fixed height.
 */
(function () {
  'use strict';
  if (window.__newsTimelineEmbed) return;
  window.__newsTimelineEmbed = true;

  var MIN = 100;
  var MAX = 20000;

  function frames() {
    var list = document.querySelectorAll('iframe[data-news-timeline], iframe[src*="/embed"]');
    return Array.prototype.slice.call(list);
  }

  function originOf(src) {
    try {
      return new URL(src, document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'news-timeline:height') return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0) return;
    var all = frames();
    for (var i = 0; i < all.length; i++) {
      var frame = all[i];
      if (frame.contentWindow !== event.source) continue;
      if (originOf(frame.src) !== event.origin) return;
      var h = Math.round(Math.min(MAX, Math.max(MIN, height)));
      frame.style.height = h + 'px';
      frame.setAttribute('height', String(h));
      frame.setAttribute('data-news-timeline-height', String(h));
      return;
    }
  });
})();
