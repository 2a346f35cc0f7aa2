/**
 * A React 19 app, built with Vite against the packed package installed by name
 * (tests/package/react-vite.test.ts): the portal through the `microcred-widgets/react`
 * wrapper with typed props and events, and a bare `<mc-portal>` written with the README's
 * attributes, as React users first try it.
 */
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { McPortal } from 'microcred-widgets/react';
import type { McErrorDetail, McSelectDetail } from 'microcred-widgets';

const INDEX = '/demo/data/sample/index.json';

interface Seen {
  select: McSelectDetail[];
  errors: McErrorDetail[];
}
const seen: Seen = { select: [], errors: [] };
(window as unknown as { seen: Seen }).seen = seen;

function App() {
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <main>
      <section id="wrapped">
        <McPortal
          src={INDEX}
          region="ER3530"
          onMcSelect={(e) => {
            seen.select.push(e.detail);
            setChosen(e.detail.code);
          }}
          onMcError={(e) => seen.errors.push(e.detail)}
        />
        <p id="chosen">{chosen ?? 'none'}</p>
      </section>
      <section id="bare">
        {/* As the README shows it: React 19 sets the index property to this string. */}
        {createElement('mc-portal', { index: INDEX, region: 'ER3530' })}
      </section>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
