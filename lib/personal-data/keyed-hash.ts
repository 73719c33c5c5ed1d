import 'server-only';
import { createHash, createHmac } from 'node:crypto';
import { blockBytes, compress, digestBytes, initialState, pad, writeDigest } from './sha256';

export type HashPurpose = 'nik' | 'kk' | 'name-query';

// HMAC-SHA-256 under the server secret: a leaked table cannot be reversed by hashing
// all 10^16 NIKs. The purpose is mixed in so a NIK hash never equals a KK hash.
export function keyedHash(secret: string, purpose: HashPurpose, value: string): string {
  return createHmac('sha256', secret).update(`${purpose}:${value}`).digest('hex');
}

function stateAfterPaddedKey(key: Uint8Array, padByte: number): Int32Array {
  const state = initialState();
  compress(
    state,
    key.map((byte) => byte ^ padByte),
    0,
    1,
  );
  return state;
}

const utf8 = new TextEncoder();

// The same hashes as keyedHash, for hashing many values under one secret and purpose
// (an import hashes every NIK and KK of a file): HMAC is
// SHA-256((key ^ opad) || SHA-256((key ^ ipad) || message)), and the hash states after
// the two padded keys are computed once, so a short value costs two compressions.
export function keyedHasher(secret: string, purpose: HashPurpose): (value: string) => string {
  const secretBytes = Buffer.from(secret);
  const key = new Uint8Array(blockBytes);
  key.set(secretBytes.length > blockBytes ? createHash('sha256').update(secretBytes).digest() : secretBytes);
  const innerStart = stateAfterPaddedKey(key, 0x36);
  const outerStart = stateAfterPaddedKey(key, 0x5c);
  const prefix = Buffer.from(`${purpose}:`);
  const state = new Int32Array(8);
  const outerBlock = new Uint8Array(blockBytes);
  pad(outerBlock, 0, digestBytes, 1);
  const digest = Buffer.alloc(digestBytes);
  let message = new Uint8Array(0);
  return (value) => {
    // UTF-8 takes at most three bytes per UTF-16 unit; padding takes up to a block more.
    if (message.length < prefix.length + value.length * 3 + blockBytes) {
      message = new Uint8Array(prefix.length + value.length * 3 + blockBytes);
      message.set(prefix);
    }
    let length = prefix.length;
    for (let i = 0; i < value.length; i++) {
      const char = value.charCodeAt(i);
      if (char >= 0x80) {
        length = prefix.length + utf8.encodeInto(value, message.subarray(prefix.length)).written;
        break;
      }
      message[length++] = char;
    }
    state.set(innerStart);
    compress(state, message, 0, pad(message, 0, length, 1));
    writeDigest(state, outerBlock, 0);
    state.set(outerStart);
    compress(state, outerBlock, 0, 1);
    writeDigest(state, digest, 0);
    return digest.toString('hex');
  };
}
