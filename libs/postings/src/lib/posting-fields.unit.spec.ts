import { detectAll } from 'tinyld';
import { currencyOf, detectLanguage, employmentTypeOf, fingerprintOf, isPlainlyEnglish, salaryFromText, toIsoDate, workplaceFromText } from './posting-fields';
import { closeVersionOf, postingVersionOf } from './posting-version';

describe('Given the same job seen from two sources', () => {
  it('when company, title and location differ only in case, punctuation and accents, then the fingerprints match', () => {
    expect(fingerprintOf('Acme, Inc.', 'Senior Software Engineer (m/w/d)', 'München, Germany')).toBe(
      fingerprintOf('ACME Inc', 'senior software engineer', 'Munchen - Germany'),
    );
  });

  it('when the title or location really differ, then the fingerprints differ', () => {
    const base = fingerprintOf('Acme', 'Senior Software Engineer', 'Berlin');
    expect(fingerprintOf('Acme', 'Staff Software Engineer', 'Berlin')).not.toBe(base);
    expect(fingerprintOf('Acme', 'Senior Software Engineer', 'Hamburg')).not.toBe(base);
    expect(fingerprintOf('Globex', 'Senior Software Engineer', 'Berlin')).not.toBe(base);
  });
});

describe('Given pay written in text', () => {
  it.each([
    ['$120,000 - $150,000 per year', { min: 120000, max: 150000, currency: null, period: 'year' }],
    ['USD 40-50/hour', { min: 40, max: 50, currency: 'USD', period: 'hour' }],
    ['€55k-65k', { min: 55000, max: 65000, currency: 'EUR', period: 'year' }],
    ['£30,000 a year', { min: 30000, max: 30000, currency: 'GBP', period: 'year' }],
  ])('when it says %j, then the salary is read', (text, expected) => {
    expect(salaryFromText(text)).toMatchObject(expected);
  });

  it('when a lone amount is not pay, then no salary is invented', () => {
    expect(salaryFromText('We raised $5M last year from investors')).toBeNull();
    expect(salaryFromText('No pay mentioned here')).toBeNull();
  });
});

describe('Given field values from upstreams', () => {
  it('when a currency is unknown, then it stays unknown', () => {
    expect(currencyOf('usd')).toBe('USD');
    expect(currencyOf('XYZ')).toBeNull();
    expect(currencyOf('dollars')).toBeNull();
  });

  it('when workplace words appear, then hybrid wins over remote', () => {
    expect(workplaceFromText('Hybrid (2 days remote)')).toBe('hybrid');
    expect(workplaceFromText('Remote - US')).toBe('remote');
    expect(workplaceFromText('Berlin')).toBeNull();
  });

  it('when employment types are spelled differently, then they map onto ours', () => {
    expect(['FULL_TIME', 'Part Time', 'Contractor', 'INTERN', 'PER_DIEM', 'Permanent', 'weird'].map(employmentTypeOf)).toEqual([
      'full-time', 'part-time', 'contract', 'internship', 'per-diem', 'full-time', null,
    ]);
  });

  it('when dates come as ISO text, date-only or epoch ms, then they become ISO UTC; others are not dates', () => {
    expect(toIsoDate('2024-05-06T09:30:00+02:00')).toBe('2024-05-06T07:30:00.000Z');
    expect(toIsoDate('2024-05-02')).toBe('2024-05-02T00:00:00.000Z');
    expect(toIsoDate(1714039200000)).toBe('2024-04-25T10:00:00.000Z');
    expect(toIsoDate('soon')).toBeUndefined();
    expect(toIsoDate('12')).toBeUndefined();
  });
});

describe('Given a draft and the time it was received', () => {
  const receivedAt = new Date('2025-01-15T12:00:00.000Z');

  it('when it has an upstream updatedAt, then the version is that time in epoch ms, whenever it is received', () => {
    const draft = { updatedAt: '2024-05-01T10:00:00.000Z' };
    expect(postingVersionOf(draft, receivedAt)).toBe(Date.parse('2024-05-01T10:00:00.000Z'));
    expect(postingVersionOf(draft, new Date('2026-01-01T00:00:00Z'))).toBe(postingVersionOf(draft, receivedAt));
  });

  it('when a newer upstream state arrives, then its version is greater', () => {
    expect(postingVersionOf({ updatedAt: '2024-05-02T00:00:00Z' }, receivedAt)).toBeGreaterThan(
      postingVersionOf({ updatedAt: '2024-05-01T00:00:00Z' }, receivedAt),
    );
  });

  it('when updatedAt is unreadable, then receivedAt gives the version; a close uses its closedAt', () => {
    expect(postingVersionOf({ updatedAt: 'garbage' }, receivedAt)).toBe(receivedAt.getTime());
    expect(closeVersionOf({ closedAt: '2024-06-01T08:00:00.000Z' }, receivedAt)).toBe(Date.parse('2024-06-01T08:00:00.000Z'));
  });
});

describe('Given posting text in several languages', () => {
  const texts: Record<string, string> = {
    en: 'We are looking for a Senior Backend Engineer to join our platform team. You will design and build the services that power our marketplace, work closely with product and design, and help us scale. You have five years of experience with Go or Java, and you are comfortable with Kubernetes, PostgreSQL and Kafka. We offer a hybrid setup in Berlin and a learning budget.',
    de: 'Wir suchen eine erfahrene Backend-Entwicklerin oder einen erfahrenen Backend-Entwickler (m/w/d) für unser Plattform-Team in Berlin. Du entwickelst die Services für unseren Marktplatz mit Go und Kubernetes, arbeitest eng mit Produkt und Design zusammen und bringst mindestens fünf Jahre Erfahrung mit. Wir bieten flexible Arbeitszeiten, ein Weiterbildungsbudget und ein tolles Team. Bewirb dich jetzt mit deinem Lebenslauf.',
    fr: "Nous recherchons un développeur backend expérimenté pour rejoindre notre équipe plateforme à Paris. Vous concevrez et développerez les services de notre place de marché avec Java et Kubernetes, en collaboration étroite avec les équipes produit et design. Vous avez au moins cinq ans d'expérience et vous aimez le travail en équipe. Nous offrons le télétravail partiel et un budget de formation.",
    es: 'Buscamos un ingeniero de backend con experiencia para unirse a nuestro equipo de plataforma en Madrid. Diseñarás y construirás los servicios de nuestro mercado con Python y Kubernetes, trabajando de cerca con los equipos de producto y diseño. Tienes al menos cinco años de experiencia y te gusta trabajar en equipo. Ofrecemos trabajo híbrido, horario flexible y un presupuesto de formación.',
    nl: 'Wij zoeken een ervaren backend developer voor ons platformteam in Amsterdam. Je ontwerpt en bouwt de services van onze marktplaats met Java en Kubernetes, en je werkt nauw samen met product en design. Je hebt minstens vijf jaar ervaring en je houdt van samenwerken in een team. Wij bieden hybride werken, flexibele werktijden en een opleidingsbudget voor iedereen die wil groeien.',
  };

  it('When English text is read, Then it is English by the function-word shortcut, as tinyld also says', () => {
    expect(isPlainlyEnglish(texts['en'])).toBe(true);
    expect(detectLanguage(texts['en'])).toBe('en');
    expect(detectAll(texts['en'])[0]?.lang).toBe('en');
  });

  it.each(['de', 'fr', 'es', 'nl'])('When %s text with English tech terms is read, Then the shortcut stays out and tinyld names the language', (lang) => {
    expect(isPlainlyEnglish(texts[lang])).toBe(false);
    expect(detectLanguage(texts[lang])).toBe(lang);
  });

  it('When a few English words are read, Then the shortcut does not decide on so little', () => {
    expect(isPlainlyEnglish('We are hiring a nurse for the night shift in our clinic.')).toBe(false);
  });
});
