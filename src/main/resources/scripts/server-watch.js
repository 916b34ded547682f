// Says so when the server stops answering (frozen, swamped) while the page's connections stay open: Vaadin notices
// a server that went (its connection closes) but not one that holds its connections and never answers.
(() => {
  const EVERY_MS = 5000;
  const PATIENCE_MS = 5000;
  let notice = null;
  let asking = false;
  const show = () => {
    if (notice) {
      return;
    }
    notice = document.createElement('div');
    notice.id = 'server-not-answering';
    notice.setAttribute('role', 'alert');
    notice.textContent = 'The server is not answering. Wait a moment, or reload the page if this stays.';
    Object.assign(notice.style, {
      position: 'fixed', top: '0', left: '0', right: '0', zIndex: '100000', padding: '0.75em 1em',
      background: '#1f2933', color: '#ffffff', font: '600 1.05rem/1.4 system-ui, sans-serif', textAlign: 'center',
      boxShadow: '0 2px 8px rgba(0, 0, 0, 0.3)'
    });
    document.body.appendChild(notice);
  };
  const hide = () => {
    if (notice) {
      notice.remove();
      notice = null;
    }
  };
  setInterval(async () => {
    if (asking || document.hidden) {
      return;
    }
    asking = true;
    const abort = new AbortController();
    const late = setTimeout(() => { show(); abort.abort(); }, PATIENCE_MS);
    try {
      await fetch('ping', { cache: 'no-store', signal: abort.signal });
      hide();
    } catch (noAnswer) {
      // a refused connection is a server that went, which Vaadin's own message covers; a late one was shown above
    } finally {
      clearTimeout(late);
      asking = false;
    }
  }, EVERY_MS);
})();
