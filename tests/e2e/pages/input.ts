// One-line inputs: wrapping labels, and two empty inputs named only by a placeholder.
import { plainFixture } from './lib/fixture';

plainFixture('input').done();
