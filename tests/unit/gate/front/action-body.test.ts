import { describe, expect, it } from 'vitest';
import { isDecodableActionBody } from '@/lib/gate/front/action-body';
import { multipartBoundary, multipartTextFields } from '@/lib/gate/front/multipart';

const boundary = 'XyZ';
const type = `multipart/form-data; boundary=${boundary}`;
const part = (name: string, value: string, file = false) =>
  `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${file ? '; filename="a.csv"' : ''}\r\n\r\n${value}\r\n`;
const body = (...parts: string[]) => Buffer.from(`${parts.join('')}--${boundary}--\r\n`);

describe('the multipart boundary', () => {
  it.each([
    ['multipart/form-data; boundary=abc', 'abc'],
    ['multipart/form-data; boundary="a b"', 'a b'],
    ['Multipart/Form-Data;boundary=----WebKitFormBoundary1', '----WebKitFormBoundary1'],
    ['multipart/form-data', null],
    ['text/plain; boundary=abc', null],
    [undefined, null],
  ])('of %s is %s', (contentType, expected) => {
    expect(multipartBoundary(contentType)).toBe(expected);
  });
});

describe('multipart framing', () => {
  it('reads the text fields of a complete body and skips files', () => {
    const fields = multipartTextFields(
      body(part('a', '1'), part('f', 'x,y', true), part('b', 'dua')),
      boundary,
    );
    expect(fields && Object.fromEntries(fields)).toEqual({ a: '1', b: 'dua' });
  });

  it.each([
    ['a body without its closing delimiter', Buffer.from(part('a', '1'))],
    ['a body cut inside a part', Buffer.from(`${part('a', '1')}--${boundary}\r\nContent-Dispo`)],
    ['a body for another boundary', Buffer.from(`--other\r\n\r\n--other--\r\n`)],
    ['a part without headers', Buffer.from(`--${boundary}\r\nhello\r\n--${boundary}--\r\n`)],
    [
      'a part without a name',
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data\r\n\r\nx\r\n--${boundary}--`),
    ],
    ['an empty body', Buffer.alloc(0)],
  ])('refuses %s', (_, broken) => {
    expect(multipartTextFields(broken, boundary)).toBeNull();
  });
});

describe('an action body Next can decode', () => {
  it.each([
    ['a form call from JavaScript', body(part('0', '["$K1"]'), part('1_name', 'Sri')), true],
    ['a bound form call from JavaScript', body(part('0', '["USULAN","$K1"]')), true],
    ['a form call whose bound value is [] (the action checks it)', body(part('0', '[[],"$K1"]')), true],
    ['a call without the form', body(part('0', '[]')), false],
    ['a call with a broken argument list', body(part('0', '["$K1", {')), false],
    ['a call without a root field', body(part('1_name', 'Sri')), false],
    ['a call whose root is an object', body(part('0', '{"a":1}')), false],
  ])('from JavaScript: %s → %s', (_, posted, expected) => {
    expect(isDecodableActionBody(type, posted, true)).toBe(expected);
  });

  it.each([
    ['a complete form post', body(part('$ACTION_ID_abc', '')), true],
    [
      'a truncated form post',
      Buffer.from(`${part('$ACTION_ID_abc', '')}--${boundary}\r\nContent-Disposition: form-data; name="x`),
      false,
    ],
  ])('without JavaScript: %s → %s', (_, posted, expected) => {
    expect(isDecodableActionBody(type, posted, false)).toBe(expected);
  });

  it.each([
    ['[]', true],
    ['["USULAN",{}]', true],
    ['not json {', false],
    ['{"a":1}', false],
    ['', false],
  ])('from JavaScript, a call without a form: %s → %s', (text, expected) => {
    expect(isDecodableActionBody('text/plain;charset=UTF-8', Buffer.from(text), true)).toBe(expected);
  });
});
