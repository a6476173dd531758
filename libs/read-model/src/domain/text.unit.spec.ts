import { MAX_WORD_LENGTH, isStopword, normalizeTerm, normalizeText, wordsOf } from './text';

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

describe('word tokens, against the regex that defines them', () => {
  // the definition: runs of Unicode letters/numbers with a trailing +/# run, over the normalized text
  const byRegex = (text: string, max = 600): string[] => {
    const seen = new Set<string>();
    for (const m of normalizeText(text).matchAll(/[\p{L}\p{N}]+[+#]*/gu)) {
      const token = m[0];
      if (token.length > MAX_WORD_LENGTH || /^[\p{N}]+[+#]*$/u.test(token) || isStopword(token)) continue;
      seen.add(token);
      if (seen.size >= max) break;
    }
    return [...seen];
  };

  it.each([
    ['ASCII with punctuation and numbers', 'Senior C++/C# engineer, 5+ years; Node.js & TypeScript (2024) — ship v2.0 with S3, EC2 and K8s!'],
    ['accents, ligatures and full-width forms', 'Société Générale ﬁnance Ｋｕｂｅｒｎｅｔｅｓ naïve café Zürich ½ ②'],
    ['scripts without spaces and astral letters', 'エンジニア募集 東京 数据工程师 𝐁𝐨𝐥𝐝 𠀋字 emoji 🚀 rocket'],
    ['digits glued to letters and signs', '24/7 on-call 3d 10x 100% C# c## F#+ ++ ## 2+ 4#'],
    ['empty and spaces', '   '],
  ])('Given %s, When tokenized, Then the one-pass tokenizer and the regex agree', (_name, text) => {
    expect(wordsOf(text)).toEqual(byRegex(text));
    expect(wordsOf(text, 3)).toEqual(byRegex(text, 3));
  });
});
