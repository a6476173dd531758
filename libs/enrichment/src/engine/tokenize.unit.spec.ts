import { fillCaseTables } from './tokenize';

describe('tokenizer case tables', () => {
  it('Given every BMP code unit, When the tables are filled, Then they equal asking toLowerCase and \\p{L}\\p{N}\\p{M} one character at a time', () => {
    const lower = new Uint16Array(65536);
    const word = new Uint8Array(65536);
    fillCaseTables(lower, word);
    const isWord = /[\p{L}\p{N}\p{M}]/u;
    const wrong: number[] = [];
    for (let c = 0; c < 65536; c++) {
      const surrogate = c >= 0xd800 && c <= 0xdfff;
      const ch = String.fromCharCode(c);
      const lo = ch.toLowerCase();
      const expectedLower = surrogate || lo.length !== 1 ? c : lo.charCodeAt(0);
      const expectedWord = !surrogate && isWord.test(ch) ? 1 : 0;
      if (lower[c] !== expectedLower || word[c] !== expectedWord) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
});
