import { ErrorCodes } from '@jobstream/contracts';
import { bodyTextOf } from './request-body';

describe('bodyTextOf', () => {
  it('Given UTF-8 bytes, Then the text', () => {
    expect(bodyTextOf(Buffer.from('Café – Köln', 'utf8'), 'text/plain; charset=utf-8')).toBe('Café – Köln');
  });

  it('Given no body, Then PAYLOAD.UNREADABLE', () => {
    expect(() => bodyTextOf(undefined, 'application/json')).toThrow(expect.objectContaining({ code: ErrorCodes.payloadUnreadable }));
    expect(() => bodyTextOf(Buffer.alloc(0), 'application/json')).toThrow(expect.objectContaining({ code: ErrorCodes.payloadUnreadable }));
  });

  it('Given bytes that are not UTF-8, Then PAYLOAD.UNREADABLE', () => {
    expect(() => bodyTextOf(Buffer.from([0xc3, 0x28]), 'text/plain')).toThrow(expect.objectContaining({ code: ErrorCodes.payloadUnreadable }));
  });

  it('Given another charset, Then PAYLOAD.MEDIA_TYPE_UNSUPPORTED', () => {
    expect(() => bodyTextOf(Buffer.from('x'), 'text/plain; charset=iso-8859-1')).toThrow(
      expect.objectContaining({ code: ErrorCodes.mediaTypeUnsupported }),
    );
  });
});
