/** Registers the elements under test through the library's own define modules. */
import '../../../src/define/mc-program-card.js';
import '../../../src/define/mc-recommendations.js';
import '../../../src/define/mc-skill-finder.js';
