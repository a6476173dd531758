import { htmlToPlainText, looksLikeHtml, plainTextToHtml, sanitizeDescriptionHtml } from './html';

describe('Given description HTML from an upstream', () => {
  it('when it is sanitized for display, then scripts, styles, frames, handlers and javascript: links are gone', () => {
    const html = sanitizeDescriptionHtml(
      '<p onclick="x()">Apply <a href="https://x.example/apply">here</a> <a href="javascript:alert(1)">bad</a></p><style>p{}</style><iframe src="x"></iframe><script>evil()</script>',
    );
    expect(html).toBe(
      '<p>Apply <a href="https://x.example/apply" rel="noopener noreferrer nofollow" target="_blank">here</a> <a rel="noopener noreferrer nofollow" target="_blank">bad</a></p>',
    );
  });

  it('when it is turned into text, then headings keep their lines, lists become "- " items and entities are decoded', () => {
    expect(htmlToPlainText('<h2>Nice to have</h2><ul><li>Go &amp; Rust</li><li>gRPC</li></ul><p>Apply&nbsp;now</p>')).toBe(
      'Nice to have\n\n- Go & Rust\n- gRPC\n\nApply now',
    );
  });

  it('when plain text is shown, then it is escaped into paragraphs', () => {
    expect(plainTextToHtml('A < B\nC\n\nD')).toBe('<p>A &lt; B<br>C</p>\n<p>D</p>');
    expect(looksLikeHtml('A < B and C > D')).toBe(false);
    expect(looksLikeHtml('<p>x</p>')).toBe(true);
  });
});
