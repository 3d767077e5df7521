import { describe, expect, it } from 'vitest';
import { toInAppPath } from './in-app-path.ts';

describe('toInAppPath', () => {
  it('keeps paths inside the app', () => {
    expect(toInAppPath('/calls/5b0c')).toBe('/calls/5b0c');
    expect(toInAppPath('/calls?q=AMIF')).toBe('/calls?q=AMIF');
  });

  it('refuses anything that could lead elsewhere', () => {
    expect(toInAppPath('https://evil.example/calls')).toBeNull();
    expect(toInAppPath('//evil.example')).toBeNull();
    expect(toInAppPath('/\\evil.example')).toBeNull();
    expect(toInAppPath('javascript:alert(1)')).toBeNull();
    expect(toInAppPath('/calls\n//x')).toBeNull();
    expect(toInAppPath(null)).toBeNull();
    expect(toInAppPath('')).toBeNull();
  });
});
