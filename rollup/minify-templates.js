import { walk } from 'estree-walker';

/**
 * Collapses the indentation inside Lit's html``, svg`` and css`` templates of our own
 * modules. In HTML only whitespace runs are touched, and HTML renders a run as one space
 * anyway, so the output is the same. CSS also loses comments, the spaces around `{};>`,
 * the last `;` of a block, the leading zero of `0.5` and the doubled digits of `#ffffff`,
 * none of which changes what the browser computes.
 */
export function minifyTemplates() {
  const collapseHtml = (text) => text.replace(/\s*\n\s*/g, ' ');
  const collapseCss = (text) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};>])\s*/g, '$1')
      .replace(/([:,])\s+/g, '$1')
      .replace(/;}/g, '}')
      // 0.5rem -> .5rem and #ffffff -> #fff, in values only (after a colon, comma, space or parenthesis).
      .replace(/([\s:,(])0\.(\d)/g, '$1.$2')
      .replace(/([\s:,(])#([0-9a-f])\2([0-9a-f])\3([0-9a-f])\4(?![0-9a-f])/gi, '$1#$2$3$4');
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!id.includes('/dist/') || id.includes('/node_modules/')) return null;
      if (!/\b(html|svg|css)\s*`/.test(code)) return null;
      const edits = [];
      walk(this.parse(code), {
        enter(node) {
          if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
          const kind = node.tag.name;
          if (kind !== 'html' && kind !== 'svg' && kind !== 'css') return;
          for (const quasi of node.quasi.quasis) {
            const raw = code.slice(quasi.start, quasi.end);
            const next = kind === 'css' ? collapseCss(raw) : collapseHtml(raw);
            if (next !== raw) edits.push([quasi.start, quasi.end, next]);
          }
        },
      });
      if (edits.length === 0) return null;
      edits.sort((a, b) => b[0] - a[0]);
      let out = code;
      for (const [start, end, text] of edits) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
