'use client';
/**
 * Tells the embedding page how tall the content is: postMessage({type:'news-timeline:height',
 * height, id?}) to the parent on load and whenever the content resizes. Sent to '*': the height is
 * not secret. `id` is the frame's ?id= parameter, echoed so a host can tell frames apart.
 */
import { useEffect } from 'react';

export function HeightReporter({ id }: { id?: string }) {
  useEffect(() => {
    if (window.parent === window) return;
    let last = -1;
    let frame = 0;
    const post = () => {
      frame = 0;
      const root = document.getElementById('nt-embed-root');
      const height = Math.ceil(root ? root.getBoundingClientRect().height : document.documentElement.scrollHeight);
      if (height === last || height <= 0) return;
      last = height;
      window.parent.postMessage({ type: 'news-timeline:height', height, ...(id ? { id } : {}) }, '*');
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(post);
    };
    const ro = new ResizeObserver(schedule);
    const root = document.getElementById('nt-embed-root');
    if (root) ro.observe(root);
    ro.observe(document.body);
    window.addEventListener('load', schedule);
    schedule();
    return () => {
      ro.disconnect();
      window.removeEventListener('load', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [id]);
  return null;
}
