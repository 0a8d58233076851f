// Plain textareas under the flyer headings (label[for]); see FIXTURE_PAGES 'textarea'.
import { plainFixture } from './lib/fixture';

plainFixture('textarea').done();
