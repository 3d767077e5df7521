import { describe, expect, it } from 'vitest';
import { buildLoginPath, readNextPath } from './next-path.ts';

describe('readNextPath', () => {
  it('keeps a path inside the app', () => {
    expect(readNextPath('/municipalities/athens?tab=needs')).toBe('/municipalities/athens?tab=needs');
  });

  it('refuses addresses on other sites', () => {
    expect(readNextPath('//evil.example/x')).toBe('/');
    expect(readNextPath('/\\evil.example')).toBe('/');
    expect(readNextPath('https://evil.example/')).toBe('/');
    expect(readNextPath('javascript:alert(1)')).toBe('/');
  });

  it('falls back to the home page when missing or pointing at the login page', () => {
    expect(readNextPath(undefined)).toBe('/');
    expect(readNextPath('')).toBe('/');
    expect(readNextPath('/login?next=%2Fcalls')).toBe('/');
  });

  it('takes the first value of a repeated parameter', () => {
    expect(readNextPath(['/calls', '/needs'])).toBe('/calls');
  });
});

describe('buildLoginPath', () => {
  it('encodes where to come back to', () => {
    expect(buildLoginPath('/municipalities/athens')).toBe('/login?next=%2Fmunicipalities%2Fathens');
  });

  it('omits next for the home page', () => {
    expect(buildLoginPath('/')).toBe('/login');
  });
});
