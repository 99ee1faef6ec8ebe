// The example portal, demo mode only: an account page of an internal tool that embeds the form
// exactly as the README tells a portal team to, with a log of every event the loader reports.
// Its script is a separate file because the CSP allows scripts from 'self' only, never inline.

/** The demo account the example page stands for. */
export interface ExampleAccount {
  id: string;
  name: string;
}

export const portalHtml = (account: ExampleAccount) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Example portal · Deal Form</title>
<style>
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; background: #eef1f5; color: #1b1f24; }
  header { padding: 12px 24px; background: #14213d; color: #fff; }
  header p { margin: 0; opacity: .8; font-size: 14px; }
  main { display: grid; grid-template-columns: minmax(0, 2fr) minmax(16rem, 1fr); gap: 24px; padding: 24px; }
  section { background: #fff; border-radius: 8px; padding: 16px; box-shadow: 0 1px 3px rgb(0 0 0 / 12%); }
  h1 { margin: 0; font-size: 20px; } h2 { margin: 0 0 8px; font-size: 16px; }
  .controls { display: flex; flex-wrap: wrap; gap: 8px; margin-bottom: 12px; }
  button, select { font: inherit; padding: 4px 10px; }
  #log { margin: 0; padding: 0; list-style: none; font: 13px/1.4 ui-monospace, monospace; max-height: 70vh; overflow: auto; }
  #log li { padding: 4px 0; border-bottom: 1px solid #e3e6ea; word-break: break-word; }
  @media (max-width: 50rem) { main { grid-template-columns: 1fr; } }
</style>
</head>
<body>
<header>
  <h1>Acme Portal — ${account.name}</h1>
  <p>An example account page. The deal form below is embedded with <code>/embed.js</code>; its account is locked to this page's account.</p>
</header>
<main>
  <section aria-labelledby="form-heading">
    <h2 id="form-heading">New deal for this account</h2>
    <div class="controls">
      <label>Theme <select id="theme"><option>auto</option><option>light</option><option>dark</option></select></label>
      <label>Density <select id="density"><option>comfortable</option><option>compact</option></select></label>
      <label>Locale <select id="locale"><option>en-US</option><option>de-DE</option></select></label>
      <button type="button" id="update">handle.update({ $amount: 25000 })</button>
    </div>
    <div id="deal-form" data-account-id="${account.id}"></div>
  </section>
  <section aria-labelledby="log-heading">
    <h2 id="log-heading">Event log</h2>
    <ol id="log" aria-live="polite"></ol>
  </section>
</main>
<script src="/embed.js"></script>
<script src="/examples/portal.js"></script>
</body>
</html>`;

export const PORTAL_JS = `(function () {
  var slot = document.getElementById('deal-form');
  var log = document.getElementById('log');
  var handle = null;
  function note(type, payload) {
    var item = document.createElement('li');
    item.textContent = new Date().toLocaleTimeString() + '  ' + type + (payload ? '  ' + JSON.stringify(payload) : '');
    log.prepend(item);
  }
  function value(id) { return document.getElementById(id).value; }
  function mount() {
    if (handle) handle.destroy();
    handle = DealForm.mount(slot, {
      prefill: { account: slot.dataset.accountId, name: 'Northbridge Water District - Expansion' },
      lock: ['account'],
      theme: { mode: value('theme'), density: value('density') },
      locale: value('locale'),
      onReady: function () { note('onReady'); },
      onResize: function (size) { note('onResize', size); },
      onSubmitted: function (deal) { note('onSubmitted', deal); },
      onError: function (error) { note('onError', error); },
      onCancel: function () { note('onCancel'); },
    });
    note('mount', { theme: value('theme'), density: value('density'), locale: value('locale') });
  }
  ['theme', 'density', 'locale'].forEach(function (id) {
    document.getElementById(id).addEventListener('change', mount);
  });
  document.getElementById('update').addEventListener('click', function () {
    handle.update({ $amount: 25000 });
    note('update', { $amount: 25000 });
  });
  mount();
})();
`;
