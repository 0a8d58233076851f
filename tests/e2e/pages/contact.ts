// A contact form with a "Nachricht" field: no plan on this page.
import { plainFixture } from './lib/fixture';

plainFixture('contact').done();
