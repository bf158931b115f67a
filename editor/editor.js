/*
 * The content editor's page script (served by scripts/edit.ts, never part of the site).
 * It starts Decap CMS with the configuration the server derives from the entity table, and
 * adds three things Decap does not do by itself:
 * - the project's checks on the field: when a save is refused (422 from lib/editor/backend.ts),
 *   each message of the build ("content/<file> › <field>: <reason>") is shown on the field
 *   it names, in Decap's own error list, through each control's isValid();
 * - right-to-left, lang="ar" inputs in the Arabic pane;
 * - the site's body link components (<Objective code="OSP 5" />, …) as body editor blocks
 *   whose prop is chosen from a list, not typed.
 */
window.CMS_MANUAL_INIT = true;

(function () {
  /** Messages by "<locale>|<top-level field>" from the last refused save. */
  const issuesByField = new Map();
  /** Mounted field controls, to re-run Decap's validation when messages change. */
  const controls = new Set();

  /** The content's languages (from the configuration): fields named after one hold its text. */
  let fieldLocales = [];

  const keyOf = (props) => `${props.locale || 'en'}|${props.field.get('name')}`;

  function showIssues(issues) {
    issuesByField.clear();
    for (const issue of issues) {
      if (!issue.inEntry || !issue.entryField) continue;
      const key = `${issue.locale}|${issue.entryField}`;
      if (!issuesByField.has(key)) issuesByField.set(key, []);
      issuesByField.get(key).push(issue.text);
    }
    for (const control of controls) control.props.validate();
  }

  // Decap's proxy backend reads our 422 answer only as a message; the structured issues
  // come with it and are put on their fields here.
  const realFetch = window.fetch.bind(window);
  window.fetch = async function (input, init) {
    const response = await realFetch(input, init);
    const url = typeof input === 'string' ? input : input.url;
    if (response.status === 422 && new URL(url, location.href).pathname === '/api/v1') {
      const body = await response.clone().json().catch(() => null);
      if (body && Array.isArray(body.issues)) showIssues(body.issues);
    }
    return response;
  };

  const plain = (value) => (value && typeof value.toJS === 'function' ? value.toJS() : value);
  const sameValue = (a, b) => JSON.stringify(plain(a) ?? null) === JSON.stringify(plain(b) ?? null);

  /** Decap's widget `name`, with the project's messages and the Arabic direction around it. */
  function checkedWidget(name) {
    const base = window.CMS.getWidget(name);
    const isPicker = name === 'relation';
    const control = window.createClass({
      componentDidMount() { controls.add(this); },
      componentWillUnmount() { controls.delete(this); },
      // Decap's Widget re-renders its control only when this says so (or, without it, when the
      // value changes): a picker must also re-render when its search results arrive.
      shouldComponentUpdate() { return true; },
      isValid() {
        const messages = issuesByField.get(keyOf(this.props));
        if (messages) return { error: { type: 'CUSTOM', message: messages.join('\n') } };
        const inner = this.inner && this.inner.getWrappedInstance ? this.inner.getWrappedInstance() : this.inner;
        return inner && typeof inner.isValid === 'function' ? inner.isValid() : true;
      },
      handleChange(...args) {
        // A picker reports its value again when it has loaded the options it shows (to record
        // their labels), which made Decap mark every form "Unsaved changes" on opening. The
        // files hold only the ids: an unchanged value is no change.
        if (isPicker && sameValue(args[0], this.props.value)) return;
        // Any edit may answer any message (a number and its source are two fields): clear them all.
        if (issuesByField.size > 0) {
          issuesByField.clear();
          for (const c of controls) if (c !== this) c.props.validate();
        }
        this.props.onChange(...args);
      },
      setInner(ref) { this.inner = ref; },
      render() {
        // Decap tells top-level fields their pane's language; fields inside a list or group
        // are not told, and inherit it from their top-level field's element.
        // A field named after a language (a donor's usualNames.ar) holds that language's text.
        const fieldName = this.props.field.get('name');
        const locale = this.props.locale || (fieldLocales.includes(fieldName) ? fieldName : undefined);
        const attributes = locale ? { lang: locale, dir: locale === 'ar' ? 'rtl' : 'ltr' } : {};
        return window.h('div', Object.assign({ className: 'site-field' }, attributes),
          window.h(base.control, Object.assign({}, this.props, { onChange: this.handleChange, ref: this.setInner })));
      },
    });
    // No option schema: Decap checked the options against the wrapped widget's, whose i18n rule is stricter than its fields'.
    window.CMS.registerWidget(`site-${name}`, control, base.preview);
    return `site-${name}`;
  }

  /**
   * Every field uses the checked widget of its kind: top-level ones show the project's
   * messages (Decap validates lists through their items, which find no message under their
   * own names), and all of them write Arabic right to left.
   */
  function useCheckedWidgets(config) {
    const names = new Map();
    const wrap = (field) => {
      if (!names.has(field.widget)) names.set(field.widget, checkedWidget(field.widget));
      field.widget = names.get(field.widget);
      for (const sub of field.fields || []) wrap(sub);
      if (field.field) wrap(field.field);
    };
    for (const collection of config.collections) for (const field of collection.fields) wrap(field);
  }

  function registerBodyComponents(components) {
    for (const c of components) {
      const pattern = new RegExp(`^<${c.name} ${c.prop}="([^"]*)" />$`);
      window.CMS.registerEditorComponent({
        id: `site-${c.name}`,
        label: `${c.label} link`,
        fields: [Object.assign({ name: c.prop, label: c.names }, c.picker)],
        pattern,
        fromBlock: (match) => ({ [c.prop]: match[1] }),
        toBlock: (data) => `<${c.name} ${c.prop}="${data[c.prop] || ''}" />`,
        toPreview: (data) => `${c.label}: ${data[c.prop] || ''}`,
      });
    }
  }

  // Bodies open as Markdown text, unchanged: the rich-text mode re-writes the whole body
  // (list markers, spacing) when anything in it is edited. Decap keeps the last mode chosen here.
  if (!localStorage.getItem('cms.md-mode')) localStorage.setItem('cms.md-mode', 'raw');

  window.addEventListener('DOMContentLoaded', async () => {
    const setup = await (await realFetch('/editor.json')).json();
    fieldLocales = setup.config.i18n.locales;
    useCheckedWidgets(setup.config);
    registerBodyComponents(setup.components);
    window.CMS.init({ config: setup.config });
  });
})();
