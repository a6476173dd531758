import { MAX_WORD_LENGTH, normalizeTerm, normalizeText, wordsOf } from './text';

describe('word tokens', () => {
  it('Given text with case, diacritics and stopwords, When tokenized, Then tokens are folded, deduped and filtered', () => {
    expect(wordsOf('The Café in Zürich and the CAFÉ; Crème brûlée!')).toEqual(['cafe', 'zurich', 'creme', 'brulee']);
  });

  it('Given programming names, When tokenized, Then C++ and C# keep their suffix and numbers alone are dropped', () => {
    expect(wordsOf('C++, C# and Node.js for 5+ years with S3 and EC2')).toEqual(['c++', 'c#', 'node', 'js', 'years', 's3', 'ec2']);
  });

  it('Given an overlong token and a cap, When tokenized, Then the token is dropped and the list is capped', () => {
    expect(wordsOf(`ok ${'x'.repeat(MAX_WORD_LENGTH + 1)} fine`)).toEqual(['ok', 'fine']);
    expect(wordsOf('alpha beta gamma delta', 2)).toEqual(['alpha', 'beta']);
  });

  it('Given whitespace and accents, When normalized, Then it is trimmed, collapsed and folded', () => {
    expect(normalizeText('  Société   Générale ')).toBe('societe generale');
  });

  it('Given skill terms in ASCII and not, asked twice, When normalized as terms, Then both answers equal the text normalization', () => {
    for (const term of ['Node.js', 'ＴｙｐｅＳｃｒｉｐｔ', 'Méthodes  Agiles', 'C++', 'node.js']) {
      expect(normalizeTerm(term)).toBe(normalizeText(term));
      expect(normalizeTerm(term)).toBe(normalizeText(term));
    }
    expect(normalizeTerm('ＴｙｐｅＳｃｒｉｐｔ')).toBe('typescript');
  });
});
