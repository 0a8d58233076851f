// contenteditable divs (one <p> per point), named by aria-labelledby or aria-label.
import { plainFixture } from './lib/fixture';

plainFixture('contenteditable').done();
