// Six real TinyMCE editors, self-hosted from the `tinymce` npm package (license_key 'gpl'); skins are served
// from /vendor/tinymce (copied by build-pages.ts). Each editor edits in its own iframe (`#kp-fN_ifr`).
import tinymce from 'tinymce/tinymce';
import type { Editor } from 'tinymce';
import 'tinymce/models/dom';
import 'tinymce/themes/silver';
import 'tinymce/icons/default';
import { startFixture } from './lib/fixture';
import { SECTIONS } from './index';

const keyOf = (id: string) => SECTIONS[Number(id.replace('kp-f', '')) - 1] ?? id;

const fixture = startFixture('tinymce', () => {
  const out: Record<string, string> = {};
  for (const editor of tinymce.get()) {
    // One line per block, as the editor's own content API gives it.
    const blocks = [...editor.getBody().children].map((b) => (b.textContent ?? '').trim());
    out[keyOf(editor.id)] = blocks.join('\n');
  }
  return out;
});

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
for (const field of fixture.spec.fields) {
  const textarea = document.getElementById(field.frame!.slice(1).replace(/_ifr$/, '')) as HTMLTextAreaElement | null;
  if (textarea) textarea.value = field.text.split('\n').map((p) => `<p>${escape(p)}</p>`).join('');
}

tinymce
  .init({
    selector: 'textarea',
    license_key: 'gpl',
    base_url: '/vendor/tinymce',
    suffix: '.min',
    skin_url: '/vendor/tinymce/skins/ui/oxide',
    content_css: '/vendor/tinymce/skins/content/default/content.min.css',
    menubar: false,
    statusbar: false,
    promotion: false,
    branding: false,
    plugins: [],
    toolbar: 'undo redo | bold italic',
    height: 160,
    setup(editor: Editor) {
      editor.on('input change undo redo SetContent', () => fixture.changed(keyOf(editor.id), editor.getContent({ format: 'text' })));
    },
  })
  .then(
    (editors: Editor[]) => {
      if (editors.length !== 6) throw new Error(`TinyMCE started ${editors.length} editors, expected 6`);
      fixture.done();
    },
  )
  .catch((error: unknown) => fixture.fail(error));
