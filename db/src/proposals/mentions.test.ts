import { describe, expect, it } from 'vitest';
import { findMentions } from './mentions.ts';

const eleni = { id: '1', name: 'Ελένη Παπαδοπούλου', email: 'coordinator@demo.cni.gr' };
const anna = { id: '2', name: 'Anna', email: 'anna@demo.cni.gr' };
const annabel = { id: '3', name: 'Annabel', email: 'annabel@demo.cni.gr' };
const people = [eleni, anna, annabel];

describe('findMentions', () => {
  it('finds people by e-mail or by name, whatever the case and accents', () => {
    expect(findMentions('Δες το @coordinator@demo.cni.gr.', people)).toEqual([eleni]);
    expect(findMentions('@ελενη   παπαδοπουλου τι λες;', people)).toEqual([eleni]);
  });

  it('does not take a longer handle for a shorter one, nor a bare name for a mention', () => {
    expect(findMentions('@Annabel please', people)).toEqual([annabel]);
    expect(findMentions('@anna, @annabel', people)).toEqual([anna, annabel]);
    expect(findMentions('Anna wrote this', people)).toEqual([]);
  });
});
