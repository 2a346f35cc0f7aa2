/**
 * `microcred-widgets/react`: every element as a React component made with `@lit/react`,
 * with typed props (set as properties, so objects and arrays pass through) and the
 * events as typed `on*` props (`onMcSelect`, `onMcError`, ...). React 19 sets properties
 * on custom elements but only listens for `on<event name>` as written, so `onMcSelect`
 * on a bare `<mc-job-search>` never fires; these components map each prop to its event.
 *
 * Importing this entry defines every element (like `all.js`); `microcred-widgets/react/<tag>.js`
 * has one component and defines its element only, for an app that uses a few. React is a peer
 * dependency of these entries only.
 */
import '../define/mc-admin-inbox.js';
import '../define/mc-catalogue-review.js';
import '../define/mc-inquiry-form.js';
import '../define/mc-job-search.js';
import '../define/mc-labour-market.js';
import '../define/mc-outcomes-report.js';
import '../define/mc-portal.js';
import '../define/mc-program-card.js';
import '../define/mc-recommendations.js';
import '../define/mc-skill-finder.js';

export * from './components.js';
