import { createEnricher } from '../index';
import { spellingVariant } from './spelling';

describe('American and British spellings', () => {
  it.each([
    ['optimize', 'optimise'],
    ['optimisation', 'optimization'],
    ['analyze', 'analyse'],
    ['modeling', 'modelling'],
    ['labelled', 'labeled'],
    ['behavioral', 'behavioural'],
    ['center', 'centre'],
    ['paediatric', 'pediatric'],
    ['licence', 'license'],
    ['programme', 'program'],
  ])('Given "%s", Then the other spelling is "%s"', (word, other) => {
    expect(spellingVariant(word)).toBe(other);
  });

  it.each(['size', 'prize', 'feeling', 'meter', 'parameter', 'programming', 'kubernetes'])('Given "%s", which has one spelling, Then there is no variant', (word) => {
    expect(spellingVariant(word)).toBeNull();
  });

  it('Given a taxonomy written in American spelling, When a posting is in British spelling (and back), Then the skills are found', () => {
    const enricher = createEnricher({
      skills: [
        { id: 'data-modeling', name: 'data modeling', category: 'data' },
        { id: 'query-optimisation', name: 'query optimisation', category: 'data' },
        { id: 'pediatrics', name: 'pediatric care', category: 'healthcare' },
      ],
      taxonomyVersion: 'test-1',
    });
    const ids = (d: string): string[] => enricher.enrich({ title: 'Analyst', description: d }).skills.map((s) => s.id).sort();
    expect(ids('Strong data modelling, query optimization and paediatric care.')).toEqual(['data-modeling', 'pediatrics', 'query-optimisation']);
  });

  it('Given one skill named "modeling" and another whose own alias is "modelling", When a text says "modelling", Then it is the other skill', () => {
    const enricher = createEnricher({
      skills: [
        { id: 'modeling', name: 'modeling', category: 'concept' },
        { id: 'fashion-modelling', name: 'fashion modelling', aliases: ['modelling'], category: 'concept' },
      ],
      taxonomyVersion: 'test-1',
    });
    expect(enricher.enrich({ title: 'Model', description: 'Experience in modelling.' }).skills.map((s) => s.id)).toEqual(['fashion-modelling']);
  });
});
