import fc from 'fast-check';
import { EnrichmentSchema } from '@jobstream/contracts';
import { createEnricher } from '../index';
import type { SkillDef } from '../taxonomy/skill-def';
import { TEST_SKILLS } from './test-taxonomy';

const enricher = createEnricher({ skills: TEST_SKILLS, taxonomyVersion: 'test-1' });
const enrich = (title: string, description: string) => enricher.enrich({ title, description });
const ids = (title: string, description: string): string[] => enrich(title, description).skills.map((s) => s.id).sort();
/** `ids` for an enricher that knows `extra` skills besides the test taxonomy. */
const idsWith = (extra: SkillDef[]): typeof ids => {
  const e = createEnricher({ skills: [...TEST_SKILLS, ...extra], taxonomyVersion: 'test-1' });
  return (title, description) => e.enrich({ title, description }).skills.map((s) => s.id).sort();
};

describe('enrichment engine: skills', () => {
  it('Given everyday look-alike words, When enriched, Then they are not skills', () => {
    const text =
      'We want a go-getter who will go to market with us. Swift turnaround matters. ' +
      'Join our Spring hiring event. You will excel at teamwork across Teams of people.';
    expect(ids('Sales Associate', text)).toEqual([]);
  });

  it('Given the same words used as technologies, When enriched, Then they count', () => {
    const d = 'Build services in Go and Python. Ship iOS apps in Swift with SwiftUI and Xcode. Java with Spring Boot and Spring. Strong Excel skills (VLOOKUP, pivot tables). Integrate with Zoom and Teams.';
    const found = ids('Engineer', d);
    expect(found).toEqual(expect.arrayContaining(['go', 'python', 'swift', 'java', 'spring-boot', 'spring', 'excel', 'zoom', 'ms-teams']));
  });

  it('Given a programming language\'s name in lower case as the posting\'s one technical skill, When enriched, Then it is the everyday word; capitalized, or with other technical skills, it is the language', () => {
    expect(ids('Lead Cashier', 'Run a register, and help out at the coffee bar when the morning java rush hits. Strong customer service.')).toEqual(['customer-service']);
    expect(ids('Office Assistant', 'Keep the kitchen stocked. Some Java is a plus.')).toEqual(['java']);
    expect(ids('Engineer', 'Build services in java and python on Kubernetes with Docker, Kafka and PostgreSQL on AWS.')).toEqual(
      expect.arrayContaining(['java', 'python']),
    );
    // a short list of tags
    expect(ids('Engineer', 'java python linux')).toEqual(['java', 'python']);
  });

  it('Given a tool\'s name as the surname of a person named after a job title, When enriched, Then it is the person', () => {
    const withJenkins = idsWith([{ id: 'jenkins', name: 'Jenkins', category: 'devops' }]);
    expect(withJenkins('Superintendent', "You'll report to Senior Project Manager Dana Jenkins and lead a site team.")).toEqual([]);
    expect(withJenkins('Superintendent', 'You will be led by Dana Jenkins, our COO.')).toEqual([]);
    expect(withJenkins('Financial Analyst', 'Reporting to Marisol Jenkins, FP&A Manager, you will own the plan.')).toEqual([]);
    expect(withJenkins('Apprentice', 'You will work alongside Sam Jenkins on every job.')).toEqual([]);
    expect(withJenkins('DevOps Engineer', 'Build pipelines in Jenkins. Our Release Manager owns Jenkins upgrades.')).toEqual(['jenkins']);
    // a title in lower case, then a comma: "our cellar manager, Jo Jenkins"
    expect(withJenkins('Cellar Operator', "Reporting to our cellar manager, Jo Jenkins, you'll monitor fermentations.")).toEqual([]);
  });

  it('Given a word right before or after the pay, When enriched, Then it names the pay offered, not a skill', () => {
    const withPay = idsWith([
      { id: 'compensation-management', name: 'compensation management', aliases: ['compensation'], category: 'hr' },
      { id: 'experiment-design', name: 'experiment design', aliases: ['DOE'], category: 'practice' },
    ]);
    // Given a label before an amount, an acronym after an hourly rate, a part of pay after a salary
    expect(withPay('Travel Consultant', 'Compensation $52,000–$64,000 plus a quarterly incentive.')).toEqual([]);
    expect(withPay('Equipment Operator', 'CDL Class A a plus. $20–$25/hr DOE, overtime in season.')).toEqual([]);
    expect(withPay('Architect', 'Salary $210,000–$245,000 base + variable compensation. Travel up to 30%.')).toEqual([]);
    // Then the same words asked for stay skills, and a skill at the end of a line before a salary line stays too
    expect(withPay('HR Generalist', 'Own compensation and DOE for our plants.\n\n$60,000 per year')).toEqual(['compensation-management', 'experiment-design']);
    expect(withPay('HR Generalist', 'Nice to have: compensation\n$60,000–$70,000')).toEqual(['compensation-management']);
  });

  it('Given a product\'s acronym listed with laws, When enriched, Then the list does not make it the product', () => {
    const withAca = idsWith([
      { id: 'azure-container-apps', name: 'Azure Container Apps', aliases: ['ACA'], category: 'cloud', ambiguous: true, ambiguousForms: ['ACA'], contextCues: ['azure'] },
      { id: 'hipaa', name: 'HIPAA', category: 'standard' },
    ]);
    expect(withAca('Benefits Specialist', 'Working knowledge of HIPAA and ACA requirements')).toEqual(['hipaa']);
    expect(withAca('Cloud Engineer', 'Deploy with Docker and ACA')).toEqual(['azure-container-apps', 'docker']);
  });

  it('Given a posting whose only other skills are practices, When a field\'s skill is named by one word, Then it counts; among technical tools it does not', () => {
    const withFsma = idsWith([
      { id: 'fsma', name: 'FSMA', category: 'logistics' },
      { id: 'root-cause-analysis', name: 'root cause analysis', category: 'practice' },
      { id: 'kpis', name: 'KPIs', category: 'practice' },
      { id: 'lean', name: 'lean manufacturing', category: 'practice' },
    ]);
    const qa = 'Lead root cause analysis, report weekly KPIs and run lean manufacturing events. Working knowledge of FSMA.';
    expect(withFsma('Food Safety Coordinator', qa)).toContain('fsma');
    expect(withFsma('Data Engineer', 'Build pipelines in Python with Docker on Kubernetes. Working knowledge of FSMA.')).not.toContain('fsma');
  });

  it('Given a card that is no credential ("credit card procedures"), When a skill is listed before it, Then the skill counts; a certification card still is none', () => {
    const withCash = idsWith([{ id: 'cash-handling', name: 'cash handling', category: 'finance' }]);
    expect(withCash('Front Office Manager', 'Keep cash handling and credit card procedures airtight for PCI compliance.')).toEqual(['cash-handling']);
    expect(ids('Lifeguard', 'Requirements: First Aid and CPR card.')).toEqual([]);
  });

  it('Given a credential\'s name that goes on for a word or two to "certification", When enriched, Then it names the certification, not a skill', () => {
    const withD11 = idsWith([{ id: 'aws-d1-1', name: 'AWS D1.1', category: 'standard' }]);
    expect(withD11('Welder', 'Preferred\n* AWS D1.1 structural welding certification')).toEqual([]);
    expect(withD11('Welder', '* Weld to AWS D1.1 and read blueprints')).toEqual(['aws-d1-1']);
    // (the words between are no list: "and", "a" and the like end the name)
    expect(ids('Engineer', 'Python and a certification are required')).toEqual(['python']);
    // (certificates and licences the work handles are no credential: "client certificates", "user licenses")
    const withMtls = idsWith([{ id: 'mtls', name: 'mTLS', aliases: ['mutual TLS'], category: 'security' }]);
    expect(withMtls('Platform Engineer', '- Configure mutual TLS client certificates for every service')).toEqual(['mtls']);
  });

  it('Given first aid or CPR that the hire may complete after starting, When enriched, Then they name cards, not skills', () => {
    expect(ids('Preschool Teacher', '• Pediatric First Aid and CPR (or willingness to complete in your first 90 days)')).toEqual([]);
    expect(ids('Preschool Teacher', '• Perform CPR and first aid in emergencies')).toEqual(['cpr', 'first-aid']);
  });

  it('Given "Training in X" opening an item of requirements, When enriched, Then it is the candidate\'s training; training the employer gives is not asked for', () => {
    const withHanen = idsWith([{ id: 'hanen', name: 'Hanen', aliases: ['Hanen approach'], category: 'healthcare' }]);
    const e = createEnricher({ skills: [{ id: 'hanen', name: 'Hanen', aliases: ['Hanen approach'], category: 'healthcare' }], taxonomyVersion: 'test-1' });
    const r = e.enrich({ title: 'Speech-Language Pathologist', description: 'Preferred qualifications\n- Training in PROMPT or the Hanen approach' });
    expect(r.skills.map((s) => [s.id, s.requirement])).toEqual([['hanen', 'preferred']]);
    expect(withHanen('Speech-Language Pathologist', 'We provide training in the Hanen approach.')).toEqual([]);
    expect(withHanen('Speech-Language Pathologist', '- Training in our Hanen approach is provided')).toEqual([]);
  });

  it('Given a tool the employer will show the hire ("(we\'ll show you how it works)"), When enriched, Then it is not asked for', () => {
    const withBrightwheel = idsWith([{ id: 'brightwheel', name: 'Brightwheel', category: 'tool' }]);
    expect(withBrightwheel('Preschool Teacher', '• Share updates with families through the Brightwheel app (we\'ll show you how it works)')).toEqual([]);
    expect(withBrightwheel('Preschool Teacher', '• Share updates with families through the Brightwheel app')).toEqual(['brightwheel']);
  });

  it('Given units a job works with, listed on to "and our infrastructure teams", When enriched, Then the first is a department, not a skill', () => {
    const withUw = idsWith([{ id: 'underwriting', name: 'underwriting', category: 'finance' }]);
    expect(withUw('Enterprise Architect', 'You will work closely with Underwriting, Claims, Finance and our infrastructure teams.')).toEqual([]);
    expect(withUw('Underwriter', 'Three years of commercial underwriting, Claims experience a plus.')).toEqual(['underwriting']);
  });

  it('Given a list of units a job works with that ends a sentence, When its first names are no department names, Then the names after the period still make them units', () => {
    const withEa = idsWith([
      { id: 'enterprise-architecture', name: 'enterprise architecture', category: 'practice' },
      { id: 'platform-engineering', name: 'platform engineering', category: 'devops' },
    ]);
    expect(withEa('Engineer', 'Work with Platform Engineering, Enterprise Architecture and Legal.')).toEqual([]);
    expect(withEa('Engineer', "You'll work with Platform Engineering, Enterprise Architecture, Risk and Internal Audit. What you'll do")).toEqual([]);
    expect(withEa('Enterprise Architect', 'Experience with platform engineering and enterprise architecture.')).toEqual(['enterprise-architecture', 'platform-engineering']);
  });

  it('Given the second part of a hyphenated word ("in-process checks"), When enriched, Then it is no verb naming a skill', () => {
    const withChecks = idsWith([{ id: 'check-processing', name: 'check processing', category: 'finance' }]);
    expect(withChecks('Quality Inspector', '- Perform first article inspection and in-process checks with micrometers')).toEqual([]);
    expect(withChecks('Bank Operations Clerk', '- Process checks and deposits for our branches')).toEqual(['check-processing']);
  });

  it('Given a certification level named with another credential ("PRINCE2 Practitioner or PMP certification"), When enriched, Then it names a certification', () => {
    const withPrince2 = idsWith([{ id: 'prince2', name: 'PRINCE2', category: 'practice' }]);
    expect(withPrince2('Project Manager', 'Nice to have - PRINCE2 Practitioner or PMP certification')).toEqual([]);
    expect(withPrince2('Project Manager', 'Run projects with PRINCE2.')).toEqual(['prince2']);
  });

  it('Given a team named after a product ("the Rider App team"), When an ambiguous tool shares the name, Then the name does not vouch for it', () => {
    const withRider = idsWith([{ id: 'rider', name: 'Rider', category: 'tool', ambiguous: true, contextCues: ['jetbrains', 'ide'] }]);
    expect(withRider('Product Analyst', 'As Product Analyst in the Rider App team, you will help the product manager.')).toEqual([]);
    expect(withRider('Product Analyst', 'You will work on Rider apps every day.')).toEqual(['rider']);
  });

  it('Given a count of teams and their names in capitals, When enriched, Then the names are teams, not skills; the same words in a sentence are skills', () => {
    const d = "You'll have four teams (Docker, Kubernetes and Python), around 35 people. Hands-on AWS.";
    expect(ids('Head of Platform', d)).toEqual(['aws']);
    expect(ids('Head of Platform', 'Our teams (we have four) use Docker, Kubernetes and Python.')).toEqual(['docker', 'kubernetes', 'python']);
  });

  it('Given a skill name inside another word, When enriched, Then it is not matched', () => {
    expect(ids('Engineer', 'Experience at Google, Cargo and Javascripting; Cobol; Nodes of a graph; k8sx')).toEqual([]);
  });

  it('Given punctuation and spacing variants, When enriched, Then each maps to its skill', () => {
    for (const form of ['Node.js', 'NodeJS', 'node js', 'Node JS', 'nodejs']) expect(ids('Dev', `Experience with ${form} and JavaScript.`)).toContain('nodejs');
    expect(ids('Dev', 'We use CI/CD, C++, C#, and .NET daily.')).toEqual(['ci-cd', 'cpp', 'csharp', 'dotnet']);
    expect(ids('Dev', 'Design REST APIs.')).toEqual(['rest-api']);
    expect(ids('Dev', 'Design RESTful APIs.')).toEqual(['rest-api']);
    expect(ids('Dev', 'We run K8S on AWS.')).toEqual(['aws', 'kubernetes']);
    // a short all-capitals form is not matched by an everyday lower-case word
    expect(ids('Dev', 'Encryption at rest; take a rest.')).toEqual([]);
  });

  it('Given an acronym ending in S, When the text has it without the S, Then it is another word ("RTO" is not RTOS)', () => {
    expect(ids('Engineer', 'Prove our RPO and RTO twice a year.')).toEqual([]);
    expect(ids('Engineer', 'Firmware on an RTOS; two RTOSs in production.')).toEqual(['rtos']);
  });

  it('Given a camel-case acronym ending in S or an acronym ending in S, When the text has a look-alike, Then it is another word ("FAA" is not FaaS, "RDs" not RDS)', () => {
    expect(ids('Technician', 'Requirements\n- FAA Airframe & Powerplant certificate\n- New RDs welcome')).toEqual([]);
    expect(ids('Engineer', 'Requirements\n- FaaS on AWS; Postgres on RDS')).toEqual(expect.arrayContaining(['aws-rds', 'serverless']));
  });

  it('Given an acronym, When the text has a capitalized word that is the acronym plus "s", Then it is another word ("Leeds" is not LEED; "APIs" are APIs)', () => {
    const withLeed = idsWith([{ id: 'leed', name: 'LEED', category: 'standard' }]);
    expect(withLeed('Project Manager', 'Requirements\n- Experience with LEED projects\n\nHybrid, Leeds.')).toEqual(['leed']);
    expect(withLeed('Project Manager', 'Hybrid, Leeds. Our offices are in Leeds and York.')).toEqual([]);
    expect(ids('Engineer', 'Requirements\n- Design REST APIs and SDKs')).toEqual(expect.arrayContaining(['rest-api']));
  });

  it('Given a form written with "&", When the text has its letters together, Then it is another word ("SOPs" is not S&OP)', () => {
    expect(ids('Planner', 'Requirements\n- Follow approved SOPs')).toEqual([]);
    expect(ids('Planner', 'Requirements\n- Run the monthly S&OP cycle')).toEqual(['sop-planning']);
  });

  it('Given a one-word name that with an "s" is another skill\'s name, When the text has the "s", Then it is the other one ("Canvas" is not Canva)', () => {
    expect(ids('Teacher', 'Post course materials for students on Canvas; make posters in Canva.')).toEqual(['canva', 'canvas-lms']);
    expect(ids('Designer', 'Paint on Canvas.')).toEqual([]);
    expect(ids('Designer', 'Our designers love Canva. Build Canva templates.')).toEqual(['canva']);
  });

  it('Given one letter joined by a slash to another ("A/C", "I/O"), When enriched, Then it is no language ("C/C++" is)', () => {
    expect(ids('Technician', 'Service A/C units and I/O boards with embedded firmware.')).toEqual([]);
    expect(ids('Engineer', 'Write C/C++ for embedded firmware.')).toEqual(['c', 'cpp']);
  });

  it('Given capitalized names listed with departments, When enriched, Then they are departments the job works with', () => {
    expect(ids('Manager', 'Partner with Sales, Customer Service and Marketing on launches.')).toEqual([]);
    expect(ids('Manager', 'Sit between Security, Customer Service and our product squads.')).toEqual([]);
    expect(ids('Agent', 'Deliver excellent customer service on the phone.')).toEqual(['customer-service']);
    expect(ids('Engineer', 'Experience with Python, Java and Kubernetes.')).toEqual(['java', 'kubernetes', 'python']);
  });

  it('Given life-support cards to hold by a deadline or named before "certification", When enriched, Then they are no skills', () => {
    expect(ids('Nurse', 'Requirements\n- BLS and CPR required within 90 days of hire')).toEqual([]);
    expect(ids('Teacher', 'Requirements\n- Pediatric CPR and First Aid certification (we pay for it)')).toEqual([]);
    expect(ids('Nurse', 'Requirements\n- Perform CPR and first aid in emergencies')).toEqual(['cpr', 'first-aid']);
  });

  it('Given people counted or owned and named by their tool, When enriched, Then the tool is not asked for', () => {
    expect(ids('Android Engineer', 'You work alongside three iOS engineers. Build in Kotlin with Docker.')).toEqual(['docker']);
    expect(ids('Engineer', 'Experience with iOS. Our Docker engineers help you.')).toEqual(['ios']);
  });

  it('Given a skill named by a verb after "to" or "and", or before an object pronoun, When enriched, Then it is the activity, not a modifier', () => {
    expect(ids('Engineer', 'Use Docker to debug production issues.')).toEqual(['debugging', 'docker']);
    expect(ids('Engineer', 'Keep Docker debug logs tidy.')).toEqual(['docker']);
    // its "-ing" form after "and" or a comma, not after "to"
    expect(ids('QA Lead', '- Experience leading and mentoring testers')).toEqual(['mentoring']);
    expect(ids('Resident', '- Openness to mentoring feedback')).toEqual([]);
    // before an object pronoun it is a verb: the candidate's when done by them, not when done to them
    expect(ids('Data Engineer', 'You know the trade-offs and you can communicate them clearly.')).toEqual(['communication']);
    expect(ids('Junior Developer', 'Our senior developer will mentor you and review your code.')).toEqual([]);
    // a generic head after it ("other sharding approaches")
    const withSharding = idsWith([{ id: 'sharding', name: 'sharding', category: 'concept' }]);
    expect(withSharding('Engineer', 'Bonus points\n* Experience with Citus or other sharding approaches')).toEqual(['sharding']);
  });

  it('Given a soft skill after a protocol\'s name, When enriched, Then it is how machines talk ("LIN communication")', () => {
    expect(ids('Firmware Engineer', 'Requirements\n- Implement CAN and LIN communication in embedded C')).toEqual(['c', 'can-bus']);
    expect(ids('Firmware Engineer', 'Requirements\n- Clear communication with the team')).toEqual(['communication']);
  });

  it('Given a capitalized product name in running text and two of its cue words elsewhere in the posting, When enriched, Then it is the product', () => {
    const posting = 'We build for iOS with SwiftUI.\nYou will port our views to Swift together with the team.\nYou ship every week.';
    expect(ids('Engineer', posting)).toContain('swift');
    // one cue word only, a name opening a sentence, or cues too far away: no support
    expect(ids('Engineer', 'We build for iOS.\nYou will port our views to Swift together with the team.')).not.toContain('swift');
    expect(ids('Engineer', 'We build for iOS with SwiftUI.\nSwift turnaround matters to us.')).not.toContain('swift');
    expect(ids('Engineer', `We build for iOS with SwiftUI.${' Our office has a garden.'.repeat(80)}\nYou will port our views to Swift together with the team.`)).not.toContain('swift');
    // not for the names of concepts and practices
    expect(ids('Engineer', 'We use breakpoints and gdb daily.\nYou will help us Debug faster.')).not.toContain('debugging');
  });

  it('Given "card" or "certificate" starting a compound of payments or PKI, When enriched, Then the name before it is no certification', () => {
    expect(ids('Engineer', 'Requirements\n- Go and Docker or other card scheme tooling')).toEqual(['docker', 'go']);
    expect(ids('Nurse', 'Requirements\n- BLS and CPR certification')).toEqual([]);
  });

  it('Given skills the posting rules out ("No prior Go or Rust experience is needed", "you won\'t have direct reports", "our manager handles X", "X ... you don\'t need to know it"), When enriched, Then they are not asked for', () => {
    expect(ids('Engineer', 'Requirements\n- No prior Go or Rust experience is needed; we teach it.\n- Docker')).toEqual(['docker']);
    expect(ids('Engineer', 'Requirements\n- Kafka. Our platform team handles Docker and Kubernetes.')).toEqual(['kafka']);
    expect(ids('Engineer', 'Deploys run on Docker. You don\'t need to know it: we will walk you through it.\nRequirements\n- Kafka')).toEqual(['kafka']);
    expect(ids('Office Manager', 'Our outside CPA handles bookkeeping; you run the office.')).toEqual([]);
    expect(ids('Clerk', 'Clerks do not reconcile customer accounts here.')).toEqual([]);
    expect(ids('Recruiter', 'We are five recruiters and hiring two more (interviews in May).')).toEqual([]);
    expect(ids('Recruiter', 'You will own hiring for the plant: interviews, offers and onboarding.')).toEqual(['hiring']);
  });

  it('Given a skill named by a verb opening a list item, alone or in a list of verbs, When enriched, Then it is asked for; before a noun it names it is not', () => {
    expect(ids('Lead', 'What you will do\n- Mentor senior consultants on proposals')).toEqual(['mentoring']);
    expect(ids('Lead', 'What you will do\n- Review, debug and ship our services')).toEqual(['debugging']);
    expect(ids('Lead', 'What you will do\n- Debug, review and ship our services')).toEqual(['debugging']);
    expect(ids('Lead', 'Perks\n- Mentor program for every new hire')).toEqual([]);
    expect(ids('Lead', 'Our Mentor: Jane')).toEqual([]);
  });

  it('Given duties written as a verb and its object ("pick orders", "reconcile customer accounts"), When enriched, Then the skill named by the object and the verb\'s noun is asked for, with the phrase as evidence', () => {
    const r = enrich('Warehouse Associate', 'What you will do\n- Pick orders to the pallet with an RF scanner\n- Reconcile customer accounts every week\n- Review designs with the architects');
    expect(r.skills.map((s) => s.id).sort()).toEqual(['account-reconciliation', 'design-review', 'order-picking']);
    expect(r.skills.find((s) => s.id === 'order-picking')?.evidence.map((e) => e.text)).toEqual(['Pick orders']);
    expect(r.skills.find((s) => s.id === 'account-reconciliation')?.evidence.map((e) => e.text)).toEqual(['Reconcile customer accounts']);
    expect(ids('Lead', 'You will manage the fleet.')).toEqual(['fleet-management']);
  });

  it('Given a verb and its object naming a guarded skill of a non-tech field, When enriched, Then it needs that skill\'s context; in a technical posting verbs name no non-tech skill', () => {
    expect(ids('Front Desk Agent', 'You will process payments and keep the cash drawer balanced.')).toEqual(['payment-processing']);
    expect(ids('Front Desk Agent', 'You will process payments.')).toEqual([]);
    expect(ids('Inside Sales Rep', 'Qualify inbound leads from the website.')).toEqual(['lead-qualification']);
    expect(ids('Engineer', 'Python, Docker, Kubernetes, Kafka, Node.js, AWS and an RTOS. Qualify inbound leads.')).not.toContain('lead-qualification');
  });

  it('Given one letter joined by a hyphen to a name ("C-suite", "C-Bus"), When enriched, Then it is no language, even near its cues', () => {
    expect(ids('Firmware Engineer', 'Embedded firmware for microcontrollers; you will present to the C-suite and debug the C-Bus link.')).not.toContain('c');
    expect(ids('Firmware Engineer', 'Embedded firmware in C for microcontrollers.')).toContain('c');
  });

  it('Given a guarded phrase of practice in a list item, When the posting is not technical, Then it counts; in a technical posting it needs a cue', () => {
    expect(ids('Shift Supervisor', 'Responsibilities\n- Drive continuous improvement on the line\n- Pick orders')).toEqual(['continuous-improvement', 'order-picking']);
    const tech = 'Requirements\n- Python, Docker, Kubernetes, Kafka, Node.js, AWS and an RTOS\n- Drive continuous improvement of our services';
    expect(ids('Engineer', tech)).not.toContain('continuous-improvement');
    expect(ids('Engineer', `${tech} (kaizen)`)).toContain('continuous-improvement');
  });

  it('Given a verb whose object goes on, is coordinated, is a past form or a name, When enriched, Then no skill is made of it', () => {
    // the object runs on past the form ("electrical systems"), two verbs share one object, a past form qualifies a noun
    expect(ids('Electrician', 'Repair commercial electrical systems. Plan and test releases. Join our scheduled maintenance crew.')).toEqual([]);
    // a capital "A" is no article, and a tool's form is made by no verb ("process symbols" is no Symbol Processing)
    expect(ids('Analyst', 'Plan A/B tests; process symbols.')).toEqual(['ab-testing']);
    // a third person describes the product or the team, not the job; a hyphen makes one name
    expect(ids('Clerk', 'Our product reconciles customer accounts. PICK-ORDERS is our app.')).toEqual([]);
  });

  it('Given a verb\'s form after an article or a possessive, or "drive" before a business word, When enriched, Then no duty is made of it', () => {
    // "a set route" is a route fixed in advance, "the pick orders" a document; "set appointments" stays a duty
    expect(ids('Delivery Driver', 'Drive a set route to our stores; scan the pick orders at each stop.')).toEqual([]);
    expect(ids('Appointment Setter', 'You will set appointments for the sales team.')).toEqual(['appointment-setting']);
    // "drive sales" is no sales operations; "drive trucks" is still truck driving
    expect(ids('Store Manager', 'Drive sales and coach the team on the sales floor.')).not.toContain('sales-operations');
    expect(ids('Driver', 'Drive trucks on regional routes.')).toEqual(['commercial-driving']);
  });

  it('Given "We\'re hiring" after a sentence naming the stack, When enriched, Then the stack is asked for and "hiring" names no skill', () => {
    expect(ids('Principal Engineer', 'Our services run on Kubernetes and PostgreSQL. We\'re hiring a principal engineer to own them.')).toEqual(['kubernetes', 'postgresql']);
  });

  it('Given a job held ("6+ years as a DBA"), When enriched, Then it is no skill; the practice named elsewhere is', () => {
    expect(ids('Platform Engineer', 'Requirements\n- 6+ years as a DBA on PostgreSQL')).toEqual(['postgresql']);
    expect(ids('Platform Engineer', 'Requirements\n- DBA work on PostgreSQL')).toEqual(['database-administration', 'postgresql']);
  });

  it('Given a form after a prefix that makes it another thing ("home-office budget", "non-relational databases"), When enriched, Then it is no skill', () => {
    expect(ids('Office Manager', 'Perks: a home-office budget. Experience with non-relational databases.')).toEqual([]);
    expect(ids('Office Manager', 'You will own the office budget and our relational databases.')).toEqual(['office-budget', 'relational-databases']);
    const withCleanroom = idsWith([{ id: 'cleanroom', name: 'cleanroom operations', aliases: ['controlled environments'], category: 'healthcare' }]);
    expect(withCleanroom('Picker', 'Work a full shift in a non-climate-controlled environment; keep our relational databases.')).toEqual(['relational-databases']);
    expect(withCleanroom('Technician', 'Work in a controlled environment; keep our relational databases.')).toEqual(['cleanroom', 'relational-databases']);
  });

  it('Given the job title said again in the text ("seeking a Recruiting Coordinator"), When enriched, Then the field in it is the job\'s name, no skill; named on its own it is', () => {
    const withLitigation = idsWith([{ id: 'litigation', name: 'litigation', category: 'legal' }]);
    expect(withLitigation('Litigation Paralegal', 'We are seeking a Litigation Paralegal to support two partners.')).toEqual([]);
    expect(withLitigation('Litigation Paralegal', 'You will support litigation from filing to trial.')).toEqual(['litigation']);
    expect(ids('Recruiting Coordinator', 'We are seeking a Recruiting Coordinator. You will run recruiting and hiring for stores.')).toEqual(['hiring', 'recruiting']);
    // a small word shared by the title and a sentence is no repetition
    expect(ids('Recruiting and Hiring Coordinator', 'You will own recruiting and hiring for our stores.')).toEqual(['hiring', 'recruiting']);
  });

  it('Given a broad field right after a technology ("our Postgres databases", "PostgreSQL security"), When enriched, Then only the technology is asked for; the field alone is', () => {
    expect(ids('Backend Engineer', 'You will tune our Postgres databases and review PostgreSQL security settings.')).toEqual(['postgresql']);
    expect(ids('Backend Engineer', 'You know databases and security, and we run Postgres.')).toEqual(['databases', 'postgresql', 'security']);
  });

  it('Given an "About the internship" section, When enriched, Then it describes the job, not the company', () => {
    expect(ids('Software Intern', 'About the internship\nTwelve weeks; you will write unit tests.\n\nAbout us\nWe run Kubernetes.')).toEqual(['unit-testing']);
  });

  it('Given an ambiguous name next to a skill of another field with only a space between, When enriched, Then that is no list and gives it no support', () => {
    // "Access implanted ports", "Apex Mechanical Services": one phrase, not two names
    expect(ids('Analyst', 'Excel Python scripts')).toEqual(['python']);
    expect(ids('Analyst', 'Excel, Python scripts')).toEqual(['excel', 'python']);
    // two technical names side by side are a list ("Docker Node services")
    expect(ids('Engineer', 'Docker Node services')).toEqual(['docker', 'nodejs']);
    // ... when the first is a named product: a practice before a concept is one phrase ("technical support queue")
    const withQueues = idsWith([
      { id: 'technical-support', name: 'technical support', category: 'practice' },
      { id: 'message-queues', name: 'message queues', aliases: ['queue'], category: 'concept', ambiguous: true, ambiguousForms: ['queue'], contextCues: ['kafka'] },
    ]);
    expect(withQueues('Team Lead', 'Lead agents on the inbound technical support queue.')).toEqual(['technical-support']);
    expect(withQueues('Engineer', 'Run the Docker queue.')).toEqual(['docker', 'message-queues']);
  });

  it('Given a physical field\'s skill named only by a verb and its object in a technical posting, When enriched, Then it is dropped ("manage a fleet of clusters")', () => {
    expect(ids('SRE', 'Manage a fleet of Kubernetes clusters with Docker and Kafka.')).toEqual(['docker', 'kafka', 'kubernetes']);
  });

  it('Given a skill named by a verb after "will" or "to", When enriched, Then it is asked for; before an adverb it modifies nothing', () => {
    expect(ids('Architect', 'You won\'t manage people, but you will debug our services.')).toEqual(['debugging']);
    expect(ids('Architect', 'Our debug builds are slow.')).toEqual([]);
    expect(ids('Clerk', 'You do bookkeeping well and fast.')).toEqual(['bookkeeping']);
  });

  it('Given a tool the employer will teach ("we\'ll train you on it during orientation", "our paid training covers"), When enriched, Then it is not asked for', () => {
    expect(ids('Clerk', "Designs are made in Canva; we'll train you on it during orientation.")).toEqual([]);
    expect(ids('Agent', 'Our 4-week paid training covers our Canva templates.')).toEqual([]);
    expect(ids('Designer', 'You will design flyers in Canva.')).toEqual(['canva']);
  });

  it('Given a capitalized name first in a list of departments, or a department after "our central", When enriched, Then it is a department; before a noun it qualifies it is a skill', () => {
    expect(ids('Supervisor', 'Partner with Inventory Control, Maintenance and HR on audits.')).toEqual([]);
    expect(ids('Supervisor', 'Track counts with Inventory Control and HR dashboards.')).toEqual(['inventory-control']);
    expect(ids('Manager', 'You will resolve escalations with our central customer service.')).toEqual([]);
  });

  it('Given names of one or two words listed before "certification", When enriched, Then they name a certification; a name before "experience" stays a skill', () => {
    expect(ids('Associate', 'Forklift or order picker certification is a plus.')).toEqual([]);
    expect(ids('Associate', 'Forklift experience and OSHA certification.')).toEqual(['forklift']);
  });

  it('Given a duty done to people ("supervise four pharmacy technicians", "train new agents"), When enriched, Then it is the skill of leading them; the employer hiring people, or a duty done to things, is not', () => {
    const withPeopleSkills = idsWith([
      { id: 'people-management', name: 'people management', aliases: ['staff supervision', 'supervision'], category: 'soft-skill', ambiguous: true, ambiguousForms: ['supervision'], contextCues: ['direct reports'] },
      { id: 'hiring', name: 'hiring', aliases: ['hire'], category: 'hr', ambiguous: true, ambiguousForms: ['hiring', 'hire'], contextCues: ['interviews'] },
    ]);
    expect(withPeopleSkills('Pharmacy Manager', 'What you will do\n- Supervise four pharmacy technicians and a clerk')).toEqual(['people-management']);
    // (the test taxonomy's "training" is guarded: "train" alone needs the word "staff" near it)
    expect(withPeopleSkills('Front Desk Supervisor', 'What you will do\n- Train new agents on our standards')).toEqual(['training']);
    expect(withPeopleSkills('Store Manager', 'What you will do\n- Supervise and coach sales associates on the floor')).toEqual(['coaching', 'people-management']);
    expect(withPeopleSkills('Warehouse Lead', 'We are hiring forklift operators for nights. We hire about 900 caregivers a year.')).toEqual([]);
    expect(withPeopleSkills('Foreman', 'What you will do\n- Supervise installations on site')).toEqual([]);
  });

  it('Given a technical posting, When a duty is done to people no program is called ("train apprentices", "train interns and others"), Then it is the skill of leading them; done to agents or workers it is not', () => {
    const stack = 'We run Python, Java, Docker, Kubernetes, Kafka and PostgreSQL.\nWhat you will do\n';
    expect(ids('Controls Electrician', `${stack}- Train apprentices on the equipment`)).toContain('training');
    expect(ids('Engineer', `${stack}- Train interns and others`)).toContain('training');
    expect(ids('Engineer', `${stack}- Train agents on new tools`)).not.toContain('training');
  });

  it('Given two verbs joined by "and" before one object ("Plan and deliver daily lessons"), When enriched, Then the object is the first verb\'s too', () => {
    const withLessons = idsWith([{ id: 'lesson-planning', name: 'lesson planning', aliases: ['lesson plans'], category: 'education' }]);
    expect(withLessons('Teacher', 'Responsibilities\n- Plan and deliver daily lessons in 7th grade math')).toEqual(['lesson-planning']);
    expect(withLessons('Teacher', 'Responsibilities\n- Deliver daily lessons in 7th grade math')).toEqual([]);
  });

  it('Given acronyms listed with commas before "certification" or "designation", When enriched, Then each names a credential; a skill listed with commas before other words stays one', () => {
    const withCredentials = idsWith([
      { id: 'content-security-policy', name: 'Content Security Policy', aliases: ['CSP'], category: 'security' },
      { id: 'robotic-process-automation', name: 'robotic process automation', aliases: ['RPA'], category: 'tool' },
    ]);
    expect(withCredentials('EHS Manager', 'Preferred\n- CSP, CIH or CHMM certification')).toEqual([]);
    expect(withCredentials('Property Manager', 'Preferred\n- CPM or RPA designation')).toEqual([]);
    expect(withCredentials('Engineer', 'Requirements\n- CSP, CORS and cookies for our web apps')).toEqual(['content-security-policy']);
  });

  it('Given the employer "recruiting" someone, When enriched, Then recruiting is no skill; owning recruiting is', () => {
    expect(ids('Court Reporter', 'The Superior Court is recruiting a Staff Court Reporter.')).toEqual([]);
    expect(ids('Recruiter', 'You will own recruiting for our stores.')).toEqual(['recruiting']);
  });

  it('Given a student "studying" fields, When enriched, Then the fields are an education requirement', () => {
    expect(ids('Intern', 'A rising senior studying marketing, journalism or English.')).toEqual([]);
    expect(ids('Writer', 'Three years of experience in journalism.')).toEqual(['journalism']);
  });

  it('Given a graduate of a program in a field, When enriched, Then the field is an education requirement', () => {
    const withCare = idsWith([{ id: 'respiratory-therapy', name: 'respiratory therapy', aliases: ['respiratory care'], category: 'healthcare' }]);
    expect(withCare('Respiratory Therapist', '- Graduate of a CoARC-accredited respiratory care program')).toEqual([]);
    expect(withCare('Technician', '- 1+ year of clinical experience, or a recent graduate of an accredited respiratory therapy program')).toEqual([]);
    expect(withCare('Respiratory Therapist', '- Deliver respiratory care to ventilated patients')).toEqual(['respiratory-therapy']);
    // a degree "preferably" in a field
    expect(withCare('Underwriter', "- Bachelor's degree, preferably in finance or respiratory therapy")).toEqual([]);
  });

  it('Given "IoT" and "io-ts", When enriched, Then each is its own skill (io-ts written together is no IoT)', () => {
    expect(ids('Engineer', 'Bonus: an IoT background.')).toEqual(['iot']);
    expect(ids('Engineer', 'We validate payloads with io-ts.')).toEqual(['io-ts']);
  });

  it('Given departments after "from", When enriched, Then they are departments', () => {
    expect(ids('Analyst', 'Answer questions from Operations and Customer Service.')).toEqual([]);
  });

  it('Given an opening sentence of "We" or "Our ..." with a verb of the business, When enriched, Then it says what the company does, not what the candidate brings', () => {
    expect(ids('Sales Rep', 'Founded in 1987. We sell bookkeeping and customer service to 900 firms.\n\nYou will call customers.')).toEqual([]);
    expect(ids('Sales Rep', 'Our shared services office handles bookkeeping for every branch.\n\nRequirements:\n- Python')).toEqual(['python']);
    // the stack the company runs on is the candidate's too, and so is the work after the opening
    expect(ids('Engineer', 'Our platform runs on Kubernetes.\n\nWe sell bookkeeping to you.')).toEqual(['bookkeeping', 'kubernetes']);
    // an executive's remit: what the person the job assists oversees
    expect(ids('Executive Assistant', 'Our Chief Operating Officer oversees bookkeeping and customer service, and she needs a right hand.\n\n- Python')).toEqual(['python']);
  });

  it('Given the products the company runs on or works in, named where it describes itself, When enriched, Then they are the candidate\'s stack too', () => {
    const withWms = idsWith([{ id: 'manhattan-wms', name: 'Manhattan Active WM', category: 'logistics' }]);
    const about = 'About us\nOur DC ships 45,000 orders a day and runs on Manhattan Active WM.\n\nThe role\n- Lead the night shift';
    expect(withWms('Warehouse Supervisor', about)).toEqual(['manhattan-wms']);
    // the business the company runs for others is not
    expect(withWms('Warehouse Supervisor', 'About us\nWe run Manhattan Active WM for 40 retailers.\n\nThe role\n- Lead the night shift')).toEqual([]);
  });

  it('Given "you won\'t need to touch it" after what the company runs on, When enriched, Then it is not asked for', () => {
    expect(ids('Mobile Engineer', "Our backend runs on Kafka and Docker, but you won't need to touch it.\n\n- Swift")).toEqual(['swift']);
  });

  it('Given "direct reports" of a third person, When enriched, Then the job manages no one', () => {
    const withPeople = idsWith([
      { id: 'people-management', name: 'people management', aliases: ['direct reports'], category: 'soft-skill', ambiguous: true, ambiguousForms: ['direct reports'], contextCues: ['team'], negativeCues: ['her', 'his'] },
    ]);
    expect(withPeople('Executive Assistant', '- Scheduling of leadership meetings with her six direct reports')).toEqual([]);
    expect(withPeople('Engineering Manager', '- Meet your six direct reports every week')).toEqual(['people-management']);
  });

  it('Given a sentence whose subject is the company, When enriched, Then it describes the company', () => {
    const r = enricher.enrich({ title: 'Developer', company: 'Brightmoor Benefits', description: 'Brightmoor administers bookkeeping for 1,200 employers. You will write Python.' });
    expect(r.skills.map((x) => x.id)).toEqual(['python']);
  });

  it('Given the company named with a parenthesis, or as "the ... app", or its product "used by" its customers, When enriched, Then the sentence describes the company', () => {
    const skillsOf = (company: string, description: string): string[] => enricher.enrich({ title: 'Developer', company, description }).skills.map((x) => x.id).sort();
    expect(skillsOf('Pebblejar Games', 'Pebblejar Games (Lisbon, 14 people) makes puzzle games for iOS.\n\nYou will write Python.')).toEqual(['python']);
    expect(skillsOf('Sproutly', 'Sproutly is the customer service app for 5 million people.\n\nYou will write Python.')).toEqual(['python']);
    expect(skillsOf('Brightmere', 'Brightmere was founded nine years ago. Today our customer service platform is used by 310 firms.\n\nYou will write Python.')).toEqual(['python']);
    expect(skillsOf('Granite Builders', 'We self-perform bookkeeping and concrete.\n\nYou will write Python.')).toEqual(['python']);
    // a company named with an article is found by its first two words, not by the article
    expect(skillsOf('The Trade Desk', 'The stack is the usual: Python and Kubernetes.')).toEqual(['kubernetes', 'python']);
  });

  it('Given a capitalised word or a name in other capitals, When enriched, Then it is not the acronym or the name ("Can", "IOS")', () => {
    expect(ids('Engineer', 'Can you read frames? Maintain Cisco IOS XR routers.')).toEqual([]);
    expect(ids('Engineer', 'Debug CAN frames with gdb on iOS devices.')).toEqual(['can-bus', 'debugging', 'ios']);
  });

  it('Given a soft skill describing the way of working, When enriched, Then it counts; describing the workplace, it does not', () => {
    expect(ids('Engineer', 'A collaborative approach to code review.')).toEqual(['collaboration']);
    expect(ids('Engineer', 'We are a collaborative environment.')).toEqual([]);
  });

  it('Given abbreviations and "C" as a letter, When enriched, Then only the language use counts', () => {
    expect(ids('Firmware Engineer', '3+ years writing embedded C for microcontrollers; C++ is a plus.')).toEqual(['c', 'cpp']);
    expect(ids('Clerk', 'Grade C or above in maths. Plan A, B or C.')).toEqual([]);
  });

  it('Given a skill mentioned many times, When enriched, Then it is listed once with every mention as evidence', () => {
    const r = enrich('Python Developer', 'Write Python daily. Python 3 and more Python.');
    const py = r.skills.filter((s) => s.id === 'python');
    expect(py).toHaveLength(1);
    expect(py[0].evidence.map((e) => e.text)).toEqual(['Python', 'Python', 'Python', 'Python']);
  });

  it('Given skills only under a nice-to-have heading, When enriched, Then they are preferred and the others required', () => {
    const d = 'Requirements\n- Python and PostgreSQL\n- Strong communication skills\n\nNice to have\n- Kubernetes\n- AWS\n- Python for tooling';
    const r = enrich('Engineer', d);
    const req = Object.fromEntries(r.skills.map((s) => [s.id, s.requirement]));
    expect(req).toEqual({ python: 'required', postgresql: 'required', communication: 'required', kubernetes: 'preferred', aws: 'preferred' });
  });

  it('Given cue phrases, When enriched, Then only the phrase they govern is optional', () => {
    const d = 'Good distributed systems habits, ideally with Kubernetes. Experience with AWS is a plus, as is any experience with Java. Docker or PostgreSQL preferred.';
    const req = Object.fromEntries(enrich('Engineer', d).skills.map((s) => [s.id, s.requirement]));
    expect(req).toEqual({ 'distributed-systems': 'required', kubernetes: 'preferred', aws: 'preferred', java: 'preferred', docker: 'preferred', postgresql: 'preferred' });
  });

  it('Given "Bonus points:", "It\'s a plus if" and "is also useful", When enriched, Then what they name is preferred', () => {
    const req = (d: string) => Object.fromEntries(enrich('Engineer', d).skills.map((s) => [s.id, s.requirement]));
    expect(req('Python required. Bonus points: experience with Kubernetes or AWS.')).toEqual({ python: 'required', kubernetes: 'preferred', aws: 'preferred' });
    expect(req("Python required. It's a plus if you've worked with Kubernetes.")).toEqual({ python: 'required', kubernetes: 'preferred' });
    expect(req('Python required. Experience with AWS is also useful.')).toEqual({ python: 'required', aws: 'preferred' });
  });

  it('Given an inline "Preferred qualifications:" list, When enriched, Then its skills are preferred', () => {
    const req = Object.fromEntries(enrich('Engineer', 'Python and Java.\nPreferred Qualifications: Kubernetes, AWS.').skills.map((s) => [s.id, s.requirement]));
    expect(req).toEqual({ python: 'required', java: 'required', kubernetes: 'preferred', aws: 'preferred' });
  });

  it('Given an ambiguous form after a proficiency word, When enriched, Then it counts ("Strong Go")', () => {
    expect(ids('Engineer', '* Strong Go\n* Go to the office')).toEqual(['go']);
    expect(ids('Engineer', '* Go fundamentals')).toEqual(['go']);
    // the first item of a list a skill introduces ("Kubernetes clusters: Go and Python")
    expect(ids('Engineer', 'Kubernetes clusters: Go and Python')).toEqual(['go', 'kubernetes', 'python']);
    expect(ids('Engineer', 'Docker images: Go')).toEqual(['docker', 'go']);
    // ... a technical one: a list about another field's work names no tool ("dental insurance: PPO plans")
    expect(ids('Clerk', 'Bookkeeping: Go')).toEqual(['bookkeeping']);
  });

  it('Given things the employer will teach or says are not needed, When enriched, Then they are not skills', () => {
    expect(ids('Engineer', "You won't need AWS experience. Structured training in our .NET stack. Python required.")).toEqual(['python']);
    expect(ids('Engineer', "You also don't need prior Kubernetes experience; we'll get you up to speed. Python required.")).toEqual(['python']);
    // "nice to have but not required" is preferred, not excluded
    const r = enrich('Engineer', 'Go services. Python is nice to have but not required.');
    expect(r.skills.find((k) => k.id === 'python')?.requirement).toBe('preferred');
  });

  it('Given a parenthesis saying it will be taught, or "No experience with X? No problem", When enriched, Then X is not asked for', () => {
    expect(ids('Analyst', 'We deploy with Docker (we\'ll teach you) and write Python.')).toEqual(['python']);
    expect(ids('Agent', 'No experience with Docker? No problem. You will write Python.')).toEqual(['python']);
    expect(ids('Analyst', 'Strong Python. We\'ll teach you Docker.')).toEqual(['python']);
  });

  it('Given the team\'s stack named, then "No experience with X needed", When enriched, Then X is asked for nowhere', () => {
    const d = 'Our test suite is written in Docker and Python and runs on every merge. No experience with Docker needed: you will get a mentor.';
    expect(ids('QA Engineer', d)).toEqual(['python']);
  });

  it('Given "a plus but definitely not required", When enriched, Then it is preferred', () => {
    const r = enrich('Engineer', 'Requirements\n- Java\n- Fluent Spanish is a plus but definitely not required');
    expect(r.skills.map((x) => [x.id, x.requirement])).toEqual([['java', 'required'], ['spanish', 'preferred']]);
  });

  it('Given a technical posting naming another field\'s work as what its software serves, When enriched, Then that work is no skill; asked of the candidate it is', () => {
    const stack = 'We write Python, Java, Docker, Kubernetes, Kafka and PostgreSQL.';
    expect(ids('Backend Engineer', `We build the systems behind our warehouses: inventory control, order picking and shipping. ${stack}`)).not.toContain('inventory-control');
    expect(ids('Backend Engineer', `${stack}\nRequirements:\n- Experience in inventory control`)).toContain('inventory-control');
    // (a posting that is not technical keeps them)
    expect(ids('Warehouse Lead', 'Run the systems behind our warehouses: inventory control and order picking.')).toEqual(['inventory-control', 'order-picking']);
  });

  it('Given "would be a bonus, but isn\'t expected", When enriched, Then the skill is preferred, and its other mentions stay', () => {
    const r = enrich('Engineer', 'We build services in Java and Python.\n\nExperience with Docker or Java 21 would be a bonus, but isn\'t expected.');
    expect(r.skills.map((x) => [x.id, x.requirement])).toEqual([['java', 'required'], ['python', 'required'], ['docker', 'preferred']]);
  });

  it('Given model training "on" hardware, When enriched, Then it is no training offered to the candidate', () => {
    expect(ids('ML Engineer', 'Run distributed training on GPU nodes with Python.')).toContain('python');
    expect(ids('Analyst', 'Full training on our Docker setup. You bring Python.')).toEqual(['python']);
  });

  it('Given "no" or "without" right before a skill, When enriched, Then it is denied, with what is listed after it by "or"', () => {
    expect(ids('Engineer', "Python daily (we use Docker; no Kubernetes here). There's no Java or AWS to learn.")).toEqual(['docker', 'python']);
    expect(ids('Engineer', 'Kafka without Docker, and strong Python.')).toEqual(['kafka', 'python']);
    expect(ids('Engineer', 'We ship in six-week cycles rather than Java sprints. Python.')).toEqual(['python']);
    // denied once, not asked for anywhere
    expect(ids('Engineer', 'Our service is a Java monolith owned by another team; no Java needed. Python.')).toEqual(['python']);
  });

  it('Given a skill named in the duties and said elsewhere to be taught, When enriched, Then it is not asked for', () => {
    expect(ids('Coordinator', "- Keep records in Docker\nYou don't need to know Docker already; we'll walk you through it. Python required.")).toEqual(['python']);
    // also where the mention there had no support of its own, and in the present tense
    expect(ids('Coordinator', '- Post openings in Docker\nWe train you on Docker in week one. Python required.')).toEqual(['python']);
    // under a "You don't need" heading, the head of an item, not a word of its explanation
    expect(ids('Engineer', "Requirements\n- Strong Python and Go services\n\nYou don't need\n- Java experience; we're Python-only")).toEqual(['go', 'python']);
    expect(ids('Warehouse Associate', 'Operate a forklift. Forklift certification provided on site.')).toEqual(['forklift']);
  });

  it('Given names in a parenthesis after a skill said to be taught, When enriched, Then they are its parts, taught with it; named elsewhere they count', () => {
    const withParts = idsWith([{ id: 'aws-lambda', name: 'AWS Lambda', aliases: ['Lambda'], category: 'cloud' }]);
    const taught = "- Ship our deployment setup on AWS (Lambda and RDS)\nYou do not need any AWS experience: we'll train you. Python required.";
    expect(withParts('Junior Developer', taught)).toEqual(['python']);
    // a part named on its own elsewhere is asked for there
    expect(withParts('Junior Developer', `${taught}\n- Write Lambda functions in Python`)).toEqual(['aws-lambda', 'python']);
    // the parenthesis of a skill asked for lists skills asked for
    expect(withParts('Developer', '- Deploy on AWS (Lambda and RDS). Python required.')).toEqual(['aws', 'aws-lambda', 'aws-rds', 'python']);
  });

  it('Given a skill said not to be needed but also named as a plus, with names in a parenthesis, When enriched, Then it and its parts are preferred', () => {
    const e = createEnricher({ skills: [...TEST_SKILLS, { id: 'aws-lambda', name: 'AWS Lambda', aliases: ['Lambda'], category: 'cloud' }], taxonomyVersion: 'test-1' });
    const withParts = (title: string, description: string) => e.enrich({ title, description });
    const d = "You do not need any AWS experience: we'll train you.\nRequirements\n- Python\nNice to have\n- Some AWS (Lambda and RDS)";
    expect(withParts('Junior Developer', d).skills.map((k) => [k.id, k.requirement])).toEqual([
      ['python', 'required'],
      ['aws', 'preferred'],
      ['aws-lambda', 'preferred'],
      ['aws-rds', 'preferred'],
    ]);
  });

  it('Given an item of duties that opens with "Learn how", "Learn our" or "Learn about", When enriched, Then what it names is taught', () => {
    expect(ids('Graduate Engineer', '- Learn how we run services on Docker and Kafka\n- Write Python every day')).toEqual(['python']);
    expect(ids('Junior Developer', '- Learn our deployment setup on Kubernetes\n- Python')).toEqual(['python']);
    expect(ids('Developer', '- Kafka consumers, and learn as you go\n- Python')).toEqual(['kafka', 'python']);
  });

  it('Given a skill said in one place not to be needed and named in a nice-to-have list, When enriched, Then it is preferred', () => {
    const d = "Our backend runs on Kafka and Docker, but you won't need to touch it.\n\nRequirements\n- Python\n\nNice to have\n- Some Kafka, if you'd like to pair with the backend team";
    const r = enrich('Mobile Engineer', d);
    expect(r.skills.map((s) => [s.id, s.requirement])).toEqual([
      ['python', 'required'],
      ['kafka', 'preferred'],
    ]);
    // a duty elsewhere is still not asked for
    expect(ids('Coordinator', "- Keep records in Docker\nYou don't need to know Docker already; we'll walk you through it. Python required.")).toEqual(['python']);
  });

  it('Given "no prior experience needed" after a clause, When enriched, Then the clause before is not needed', () => {
    expect(ids('Engineer', "We're piloting Docker in a few teams; no prior experience needed, we'll learn it together. Python required.")).toEqual(['python']);
  });

  it('Given a heading over what the candidate does not need, When enriched, Then its items are not skills', () => {
    const d = "Requirements\n- Python\n\nYou won't need\n- Kubernetes experience, we run it for you\n- Docker\n\nNot required\n- Java: we'll teach you\n\nNice to have\n- AWS";
    const r = enrich('Engineer', d);
    expect(Object.fromEntries(r.skills.map((s) => [s.id, s.requirement]))).toEqual({ python: 'required', aws: 'preferred' });
    // a heading that also calls them a plus is an optional heading
    expect(enrich('Engineer', 'Not required, but a plus\n- Docker').skills.map((s) => [s.id, s.requirement])).toEqual([['docker', 'preferred']]);
  });

  it('Given degrees, certifications and job titles, When enriched, Then they are not skills', () => {
    expect(ids('Data Engineering Lead', 'BS in machine learning or a related field. Forklift certification provided.')).toEqual([]);
    expect(ids('Warehouse Associate', 'Forklift certification provided. 1 year of forklift experience.')).toEqual(['forklift']);
    expect(ids('Engineer', 'Docker/Kubernetes certification is a plus. Python required.')).toEqual(['python']);
    expect(ids('Engineer', 'AWS and Kubernetes certifications welcome. Python required.')).toEqual(['python']);
    // a name before the list is not part of it
    expect(ids('Engineer', 'Experience with Docker and the AWS certification')).toEqual(['docker']);
  });

  it('Given a life-support card named by its issuer or its state, When enriched, Then it is no skill, but the act is', () => {
    const d = '- BLS from the American Heart Association, current at hire\n- A current BLS (CPR) card\n- Current CPR Level HCP\n- Perform CPR on patients';
    expect(enrich('Nurse', d).skills.map((s) => [s.id, s.evidence.map((e) => e.text)])).toEqual([['cpr', ['Perform CPR']]]);
  });

  it('Given the fields of a degree, several of them or of school exams, When enriched, Then they are not skills', () => {
    expect(ids('Engineer', 'PhD in distributed systems, machine learning, bookkeeping or a related field. Python.')).toEqual(['python']);
    expect(ids('Apprentice', 'GCSEs at grade 4 (C) or above in bookkeeping. Open to students in machine learning.')).toEqual([]);
  });

  it('Given a department the job works with or heads, or a certification named "Certified ... Professional", When enriched, Then it is no skill', () => {
    expect(ids('Supervisor', 'Partner with customer service on returns. Report to the Head of Customer Service. Certified Bookkeeping Professional preferred.')).toEqual([]);
    expect(ids('Agent', 'Experience with customer service and bookkeeping.')).toEqual(['bookkeeping', 'customer-service']);
  });

  it('Given a lower-case skill written in capitals as the name of a unit right after "work with" or "sits inside", When enriched, Then it is the unit the job works with or in', () => {
    const withControl = idsWith([{ id: 'inventory-control', name: 'inventory control', category: 'logistics' }]);
    expect(withControl('Supervisor', 'Coordinate with Inventory Control on cycle counts.')).toEqual([]);
    expect(withControl('Supervisor', 'You will work closely with Inventory Control, Transportation and HR.')).toEqual([]);
    expect(withControl('Supervisor', 'Experience with Inventory Control on cycle counts.')).toEqual(['inventory-control']);
    expect(withControl('Supervisor', 'Own inventory control on cycle counts, and work with the buyers.')).toEqual(['inventory-control']);
    // ... or the unit the job sits in
    expect(withControl('Clerk', 'Our documentation team, which sits inside Inventory Control.')).toEqual([]);
    expect(withControl('Clerk', 'You will be part of Inventory Control, reporting to its head.')).toEqual([]);
  });

  it('Given a tool whose name ends in a job noun after "and" ("SSIS packages and SQL Server Agent jobs"), When enriched, Then the skill before it is no part of a job title', () => {
    const withTools = idsWith([
      { id: 'ssis', name: 'SSIS', aliases: ['SSIS packages'], category: 'data' },
      { id: 'sql-server-agent', name: 'SQL Server Agent', aliases: ['SQL Server Agent jobs'], category: 'data-store' },
    ]);
    expect(withTools('Engineer', '- Build and maintain SSIS packages and SQL Server Agent jobs')).toEqual(['sql-server-agent', 'ssis']);
    expect(withTools('Engineer', '- Work with the SSIS and Reporting Agent team')).toEqual([]);
    // a job noun inside any skill's name of several words ("Configuration Manager", "Open Policy Agent")
    const withEndpoints = idsWith([
      { id: 'intune', name: 'Microsoft Intune', aliases: ['Intune'], category: 'security' },
      { id: 'sccm', name: 'Microsoft Configuration Manager', aliases: ['Configuration Manager', 'SCCM'], category: 'devops' },
    ]);
    expect(withEndpoints('Sysadmin', '- Manage endpoints with Microsoft Intune and Configuration Manager (SCCM)')).toEqual(['intune', 'sccm']);
    expect(withEndpoints('Sysadmin', '- Work with the Intune and Release Manager teams')).toEqual([]);
  });

  it('Given a field before "division", When enriched, Then it names a part of the company, no skill', () => {
    const withField = idsWith([{ id: 'property-management', name: 'property management', category: 'finance' }]);
    expect(withField('Vice President', '- Set strategy and annual priorities for the property management division')).toEqual([]);
    expect(withField('Vice President', '- Set strategy and annual priorities for property management')).toEqual(['property-management']);
  });

  it('Given a method before "team" after "in a" or "running", or a process whose team the job serves on, When enriched, Then it is asked for', () => {
    const withScrum = idsWith([{ id: 'scrum', name: 'Scrum', category: 'practice' }]);
    expect(withScrum('Developer', '- Agile development in a Scrum team')).toEqual(['scrum']);
    expect(withScrum('Developer', '- Experience running Scrum teams')).toEqual(['scrum']);
    expect(withScrum('Developer', '- Report to the Scrum team lead')).toEqual([]);
    // another method listed before it: "in an Agile/Scrum team"
    expect(withScrum('Developer', '- Experience in an Agile/Scrum team')).toEqual(['scrum']);
    // serving on the team of a process
    const withIep = idsWith([{ id: 'iep', name: 'IEP', aliases: ['IEPs'], category: 'education' }]);
    expect(withIep('School Nurse', '- Serve on 504 and IEP teams and write the health portions of those plans')).toEqual(['iep']);
    expect(withIep('School Nurse', '- Report to the IEP team lead')).toEqual([]);
  });

  it('Given an ambiguous word listed with a skill, When a word of its other sense is in the same list, Then the list does not support it', () => {
    const withShots = idsWith([
      { id: 'shingle-roofing', name: 'shingle roofing', aliases: ['shingles'], category: 'trades', ambiguous: true, ambiguousForms: ['shingles'], contextCues: ['roofing'], negativeCues: ['flu'] },
      { id: 'covid-vaccination', name: 'COVID-19 vaccination', aliases: ['COVID-19'], category: 'healthcare' },
    ]);
    expect(withShots('Pharmacist', '- Administer immunizations (flu, COVID-19, shingles, Tdap)')).toEqual(['covid-vaccination']);
    expect(withShots('Pharmacist', '- Administer immunizations (COVID-19, shingles, Tdap)')).toEqual(['covid-vaccination', 'shingle-roofing']);
  });

  it('Given a verb and its object whose "-ing" form is a form of a non-tech skill, When enriched, Then the duty names the skill', () => {
    const withLoads = idsWith([
      { id: 'load-securement', name: 'load securement', aliases: ['securing loads'], category: 'logistics' },
      { id: 'medical-assisting', name: 'medical assisting', aliases: ['assisting physicians'], category: 'healthcare' },
      { id: 'query-tuning', name: 'query tuning', aliases: ['tuning queries'], category: 'data' },
      // (the base forms must be words of the taxonomy too, as they are in the built-in one)
      { id: 'secure-coding', name: 'secure coding', aliases: ['assist mode', 'tune up'], category: 'security' },
    ]);
    expect(withLoads('Driver', '- Secure loads with chains and straps')).toEqual(['load-securement']);
    expect(withLoads('Driver', '- A secure loads area')).toEqual([]);
    // a verb of help names no trade; a technical skill is left to its own forms
    expect(withLoads('Respiratory Therapist', '- Assist physicians with intubation')).toEqual([]);
    expect(withLoads('Engineer', '- Tune queries in PostgreSQL')).toEqual(['postgresql']);
  });

  it('Given a verb read as its "-ing" form whose object is a skill of its own, When enriched, Then the two name one skill', () => {
    const withDrawings = idsWith([
      { id: 'blueprint-reading', name: 'blueprint reading', aliases: ['reading engineering drawings'], category: 'trades' },
      { id: 'drafting', name: 'technical drafting', aliases: ['engineering drawings'], category: 'design' },
      // (the base form must be a word of the taxonomy too, as it is in the built-in one)
      { id: 'read-aloud', name: 'read aloud', category: 'education' },
    ]);
    expect(withDrawings('Quality Inspector', '- Read engineering drawings, including GD&T callouts')).toEqual(['blueprint-reading']);
    expect(withDrawings('Drafter', '- Produce engineering drawings in AutoCAD')).toEqual(['drafting']);
  });

  it('Given a sentence ending between two words of a form ("... the machine. Learning ..."), When enriched, Then no skill spans it', () => {
    expect(ids('Engineer', 'We build the machine. Learning never stops here. Python.')).toEqual(['python']);
    expect(ids('Engineer', 'We do machine learning. Python.')).toEqual(['machine-learning', 'python']);
    // after an initial or an abbreviation the period ends no sentence
    const e = createEnricher({ skills: [{ id: 'us-gaap', name: 'U.S. GAAP', category: 'finance' }, { id: 'bva', name: 'budget vs. actual', category: 'finance' }], taxonomyVersion: 'test-1' });
    expect(e.enrich({ title: 'Accountant', description: 'Know U.S. GAAP and budget vs. actual reporting.' }).skills.map((k) => k.id)).toEqual(['us-gaap', 'bva']);
  });

  it('Given a certification named with its level or belt, or after "Certified:", When enriched, Then its name is no skill', () => {
    expect(ids('Engineer', 'ITIL 4 Foundation certification; AWS Certified Solutions Architect – Associate.')).toEqual([]);
    expect(ids('Engineer', 'Microsoft Certified: Azure Developer Associate, Kubernetes Professional certification.')).toEqual([]);
    expect(ids('Engineer', 'Run AWS and Kubernetes.')).toEqual(['aws', 'kubernetes']);
    const found = idsWith([{ id: 'six-sigma', name: 'Six Sigma', aliases: ['Lean Six Sigma'], category: 'practice' }]);
    expect(found('Supervisor', 'Nice to have: Lean Six Sigma Green Belt; Six Sigma Yellow Belt certification.')).toEqual([]);
    expect(found('Supervisor', 'Lead Six Sigma projects.')).toEqual(['six-sigma']);
  });

  it('Given a sentence whose subject is the company and its verb is "maintains", When enriched, Then it describes the company', () => {
    const found = enricher.enrich({ title: 'Clerk', company: 'Kestrel Field Services', description: 'Kestrel Field Services maintains forklifts for 900 clients. You do bookkeeping.' });
    expect(found.skills.map((k) => k.id)).toEqual(['bookkeeping']);
  });

  it('Given a skill named by a verb before a word that vetoes everyday senses ("Coach hiring managers"), When enriched, Then the word is its object and the verb counts', () => {
    expect(ids('Recruiter', "What you'll do\n- Coach hiring managers on structured interviews")).toEqual(['coaching']);
    expect(ids('Store Manager', 'Responsibilities\n- Supervise and coach sales associates on the floor')).toEqual(['coaching']);
    expect(ids('Recruiter', 'Join our Spring hiring event.')).toEqual([]);
  });

  it('Given a regulation named by its acronym in a technical posting, When enriched, Then it stays though no other legal skill is named', () => {
    const found = idsWith([
      { id: 'gdpr', name: 'GDPR', category: 'legal' },
      { id: 'litigation', name: 'litigation', category: 'legal' },
    ]);
    expect(found('Engineer', 'Build Python services on AWS with Kubernetes and Docker. Knowledge of GDPR.')).toEqual(['aws', 'docker', 'gdpr', 'kubernetes', 'python']);
    expect(found('Engineer', 'Build Python services on AWS with Kubernetes and Docker. Support litigation.')).toEqual(['aws', 'docker', 'kubernetes', 'python']);
  });

  it('Given "mentor" after an article ("paired with a mentor"), When enriched, Then it is a person the job gets, unless the job is the role ("serve as a mentor")', () => {
    expect(ids('Intern', "You'll be paired with a senior mentor and meet other mentees.")).toEqual([]);
    expect(ids('Engineer', 'You will serve as a mentor to our mentees.')).toEqual(['mentoring']);
    expect(ids('Engineer', '- Mentor mentees on the floor and lead reviews')).toEqual(['mentoring']);
  });

  it('Given a skill word before an adverb ("bookkeeping reliably"), When enriched, Then it modifies no noun and counts', () => {
    expect(ids('Clerk', 'Handle bookkeeping reliably.')).toEqual(['bookkeeping']);
    expect(ids('Clerk', 'Use the bookkeeping software.')).toEqual([]);
  });

  it('Given a generic negative word two words after an ambiguous form ("Go for sales tools"), When enriched, Then it vetoes nothing; right next to it, it does', () => {
    expect(ids('Engineer', 'Experience with Go for sales tools and services.')).toEqual(['go']);
    expect(ids('Engineer', 'Join our Go hiring event.')).toEqual([]);
  });

  it('Given the units a job works with listed in lower case or with a department after the mention, When enriched, Then a department among them is no skill', () => {
    expect(ids('Clerk', 'Partner with sales, marketing, pharmacy and customer service.')).toEqual([]);
    expect(ids('Clerk', 'You will work closely with Bookkeeping, Customer Service, Finance and Legal.')).toEqual([]);
    expect(ids('Clerk', 'Strong bookkeeping and customer service.')).toEqual(['bookkeeping', 'customer-service']);
  });

  it('Given a department cue before a way of working ("with excellent customer service"), When enriched, Then it is a skill', () => {
    const e = createEnricher({
      skills: TEST_SKILLS.map((k) => (k.id === 'customer-service' ? { ...k, aliases: ['excellent customer service'] } : k)),
      taxonomyVersion: 'test-1',
    });
    const found = (d: string): string[] => e.enrich({ title: 'Clerk', description: d }).skills.map((k) => k.id);
    expect(found('Answer requests from patients and clinics with excellent customer service.')).toEqual(['customer-service']);
    expect(found('Partner with customer service on returns.')).toEqual([]);
  });

  it('Given an industry ("Machine learning industry background"), When enriched, Then it is no skill', () => {
    expect(ids('Analyst', 'Machine learning industry background is a plus; Python.')).toEqual(['python']);
    expect(ids('Analyst', 'Machine learning in Python.')).toEqual(['machine-learning', 'python']);
  });

  it('Given a parenthesis saying the item before it is taught, When enriched, Then only that item of the list is left out', () => {
    const d = "Daily you handle bookkeeping, customer service, and the weekly reports in Excel (we'll train you on it).";
    expect(ids('Clerk', d)).toEqual(['bookkeeping', 'customer-service']);
  });

  it('Given a duty the job does not do ("You won\'t reconcile ..."), When enriched, Then its verb names no skill', () => {
    expect(ids('Clerk', "You won't reconcile customer accounts: our bookkeeper does.")).toEqual([]);
    expect(ids('Clerk', 'You will reconcile customer accounts.')).toEqual(['account-reconciliation']);
  });

  it('Given an acronym in parentheses after other words it abbreviates, When enriched, Then it is not the skill that spells it out differently', () => {
    const e = createEnricher({
      skills: [
        ...TEST_SKILLS,
        { id: 'sca', name: 'software composition analysis', aliases: ['SCA'], category: 'security' },
        { id: 'sql', name: 'SQL', category: 'programming-language' },
      ],
      taxonomyVersion: 'test-1',
    });
    const found = (d: string): string[] => e.enrich({ title: 'Engineer', description: d }).skills.map((k) => k.id).sort();
    expect(found('PSD2 and Strong Customer Authentication (SCA) compliance.')).toEqual([]);
    expect(found('Software Composition Analysis (SCA) with Snyk.')).toEqual(['sca']);
    expect(found('Run SCA scans in CI.')).toEqual(['sca']);
    // an expansion the taxonomy does not know says nothing
    expect(found('Structured Query Language (SQL) for reporting.')).toEqual(['sql']);
  });

  it('Given a pay line without a heading, When enriched, Then what it names is no requirement', () => {
    expect(ids('Engineer', 'Python required.\nCompensation: $150k base, AWS credits and a Zoom subscription.')).toEqual(['python']);
  });

  it('Given a three-letter currency code next to an amount, When enriched, Then it is no skill', () => {
    expect(ids('Drafter', 'Salary: CAD 60,000 to 70,000. AutoCAD welcome.')).toEqual([]);
    expect(ids('Drafter', 'Salary: $50,000-$58,000 CAD, plus benefits.')).toEqual([]);
    expect(ids('Drafter', 'Our platform processes CAD 3 billion a month, or 2.2 billion CAD.')).toEqual([]);
    expect(ids('Drafter', 'Base salary $120,000 USD (CAD equivalent in Canada).')).toEqual([]);
    expect(ids('Drafter', 'Drawings in CAD for 3 sites.')).toEqual(['cad']);
  });

  it('Given the company describing itself, its name and its benefits, When enriched, Then they are not skills', () => {
    const r = enricher.enrich({
      title: 'Engineer',
      company: 'Bookkeeping Cloud Ltd',
      description: 'Bookkeeping Cloud Ltd builds machine learning tools for Kubernetes shops.\nRequirements\n- Python\n\nBenefits\n- Free AWS credits and a Zoom subscription',
    });
    expect(r.skills.map((s) => s.id)).toEqual(['python']);
    // a "Compensation:" label opening its line governs the next sentences that name benefits too, not the others
    expect(ids('Engineer', 'Requirements\n- Python\n\nCompensation: $150,000 base and equity. Medical, dental, and a yearly Kubernetes conference pass.')).toEqual(['python']);
    expect(ids('Warehouse Associate', 'Pay: $21/hr. Pick orders with an RF scanner.')).toEqual(['order-picking']);
  });

  it('Given a spoken language, When enriched, Then it counts only where asked for ("and" is no cue)', () => {
    expect(ids('Agent', 'Our studio works in English and Spanish.')).toEqual([]);
    expect(ids('Agent', 'Fluent written and spoken English and Spanish.')).toEqual(['spanish']);
  });

  it('Given a named soft skill in an item of a list, When enriched, Then it is asked for; in prose it needs a cue', () => {
    expect(ids('Driver', 'What you will do\n- Communicate with dispatch about delays')).toEqual(['communication']);
    expect(ids('Driver', 'Our communication happens in the app.')).toEqual([]);
    expect(ids('Driver', 'Excellent written communication.')).toEqual(['communication']);
  });

  it('Given "leadership" in an item of a list, When enriched, Then it is asked for, unless the item addresses the people who lead', () => {
    const withLeadership = idsWith([{ id: 'leadership', name: 'leadership', category: 'soft-skill', ambiguous: true, contextCues: ['strong', 'excellent'] }]);
    expect(withLeadership('Veterinary Technician', 'Requirements\n- Leadership: you can set priorities on a busy day')).toEqual(['leadership']);
    expect(withLeadership('Sous Chef', 'Requirements\n- Leadership that builds a calm, respectful kitchen')).toEqual(['leadership']);
    expect(withLeadership('Analyst', 'What you will do\n- Present results to process owners and senior leadership')).toEqual([]);
    expect(withLeadership('Analyst', 'What you will do\n- Build dashboards for supply chain leadership\n- Brief leadership in plain language')).toEqual([]);
    expect(withLeadership('Analyst', 'We value leadership.')).toEqual([]);
  });

  it('Given a guarded non-tech phrase of several words, When it is in an item of a list, Then it needs no cue', () => {
    expect(ids('Clerk', 'What you will do\n- Administer wage garnishments')).toEqual(['wage-garnishments']);
    expect(ids('Clerk', 'Our team handles wage garnishments.')).toEqual([]);
    // not with a word of the phrase's other sense near it in the item
    const withFixtures = idsWith([
      { id: 'plumbing-fixtures', name: 'plumbing fixtures', aliases: ['setting fixtures'], category: 'trades', ambiguous: true, ambiguousForms: ['setting fixtures'], contextCues: ['plumbing'], negativeCues: ['offsets'] },
    ]);
    expect(withFixtures('CNC Machinist', '- Apply GD&T when setting fixtures and work offsets')).toEqual([]);
    expect(withFixtures('Plumber', '- Setting fixtures in new bathrooms')).toEqual(['plumbing-fixtures']);
  });

  it('Given a spoken language heading an item of a list, When enriched, Then it is asked for', () => {
    for (const item of ['- Spanish', '- Spanish or Portuguese', '→ Working Spanish — half of our clients prefer it', '• Spanish (B2 or above)'])
      expect(ids('Agent', `Nice to have\n${item}\n- Zoom`)).toEqual(['spanish', 'zoom']);
    // but not the language of something else the item names
    expect(ids('Agent', 'What we offer\n- Spanish lessons paid for by us\n\nRequirements\n- Spanish-language food blogs we love')).toEqual([]);
  });

  it('Given a tech posting with one everyday word of a physical trade, When enriched, Then it is not that skill', () => {
    expect(ids('ML Engineer', 'Python, Docker and Kubernetes; shipping NLP models to production.')).toEqual(['docker', 'kubernetes', 'python']);
    expect(ids('Warehouse Associate', 'Shipping, receiving and forklift work.')).toEqual(['forklift', 'shipping-receiving']);
  });

  it('Given a negative word of an ambiguous form, When it is in another phrase (across a parenthesis), Then it does not veto', () => {
    const e = createEnricher({
      skills: [...TEST_SKILLS, { id: 'pandas', name: 'pandas', category: 'library', ambiguous: true, contextCues: ['python', 'numpy'] }],
      taxonomyVersion: 'test-1',
    });
    const found = (d: string): string[] => e.enrich({ title: 'Analyst', description: d }).skills.map((k) => k.id).sort();
    expect(found('Python for data cleaning (pandas).')).toEqual(['pandas', 'python']);
    expect(found('Python; the pandas cleaning crew visits the zoo.')).toEqual(['python']);
  });

  it('Given a field before "organisation", "organizations", "departments" or "groups", When enriched, Then it names a part of the company, no skill', () => {
    const withDataScience = idsWith([{ id: 'data-science', name: 'data science', category: 'ai-ml' }]);
    expect(withDataScience('Director', 'Lead our 18-person data science organisation.')).toEqual([]);
    expect(withDataScience('Director', 'Partner with the data science groups and departments.')).toEqual([]);
    expect(withDataScience('Analyst', 'Requirements: data science.')).toEqual(['data-science']);
  });

  it('Given a skill with synonyms, When enriched, Then they are given with its aliases, and the text is never matched on them', () => {
    const e = createEnricher({
      skills: [...TEST_SKILLS, { id: 'it-change-management', name: 'IT change management', aliases: ['change management process'], synonyms: ['change management'], category: 'practice' }],
      taxonomyVersion: 'test-1',
    });
    const [skill] = e.enrich({ title: 'Engineer', description: 'Follow our change management process.' }).skills;
    expect(skill).toMatchObject({ id: 'it-change-management', aliases: ['change management process', 'change management'] });
    expect(e.enrich({ title: 'Engineer', description: 'Lead change management for the new HR system.' }).skills).toEqual([]);
  });

  it('Given a field abbreviation of single letters in a technical posting ("kernel-bypass I/O"), When enriched, Then it is the machine\'s input and output, no skill of the field', () => {
    const withIntakeOutput = idsWith([{ id: 'intake-output', name: 'intake and output monitoring', aliases: ['I&O'], category: 'healthcare', ambiguous: true, ambiguousForms: ['I&O'], contextCues: ['fluid'] }]);
    const tech = 'Requirements:\n- Python, Java, Kubernetes, Docker, PostgreSQL and AWS\n- Kernel-bypass I/O';
    expect(withIntakeOutput('Storage Engineer', tech)).not.toContain('intake-output');
    expect(withIntakeOutput('Nurse', 'Duties:\n- Strict I/O for post-op patients')).toContain('intake-output');
  });

  it('Given a qualifier before an everyday word followed by "in" ("a solid grounding in statistics"), When enriched, Then the word is a footing, no skill', () => {
    const withGrounding = idsWith([{ id: 'grounding', name: 'grounding and bonding', aliases: ['grounding'], category: 'trades', ambiguous: true, ambiguousForms: ['grounding'], contextCues: ['electrical'] }]);
    expect(withGrounding('Analyst', 'Requirements:\n- A solid grounding in statistics')).toEqual([]);
    expect(withGrounding('Electrician', 'Requirements:\n- Solid grounding skills')).toEqual(['grounding']);
  });

  it('Given a capitalized ambiguous name in running text with one cue word elsewhere, When enriched, Then it counts in a technical posting only', () => {
    const tech = 'We run services on Kubernetes with Python, Java, Docker, PostgreSQL and AWS.\nThe billing engine is mostly Go these days.';
    expect(ids('Engineer', tech)).toContain('go');
    expect(ids('Engineer', 'We run services on Kubernetes.\nThe billing engine is mostly Go these days.')).not.toContain('go');
  });

  it('Given an ambiguous name after "knowledge of the" or "experience with a", When enriched, Then the article does not hide the introducing phrase', () => {
    const withCode = idsWith([{ id: 'nec', name: 'National Electrical Code', aliases: ['NEC'], category: 'standard', ambiguous: true, ambiguousForms: ['NEC'], contextCues: ['conduit'] }]);
    expect(withCode('Electrician', 'Requirements:\n- Strong knowledge of the NEC and local amendments')).toEqual(['nec']);
    expect(withCode('Electrician', 'Requirements:\n- Experience with a NEC')).toEqual(['nec']);
    expect(withCode('Electrician', 'Requirements:\n- Knowledge of local amendments, ask the NEC')).toEqual([]);
    expect(withCode('Electrician', 'Requirements:\n- Loyal to the NEC')).toEqual([]);
  });

  it('Given an ambiguous name after "a tool like" or "software like", When enriched, Then the phrase introduces it', () => {
    const withBill = idsWith([{ id: 'bill-com', name: 'Bill.com', category: 'finance', ambiguous: true, ambiguousForms: ['Bill.com'], contextCues: ['payables'] }]);
    expect(withBill('AP Clerk', 'Experience with an ERP, or a bill-pay tool like Bill.com.')).toEqual(['bill-com']);
    expect(withBill('AP Clerk', 'Send the invoice to Bill.com for review.')).toEqual([]);
  });

  it('Given a soft skill in running text practised "with" people, When enriched, Then it is asked for; a department of that name is not', () => {
    expect(ids('Teacher', 'We also expect regular communication with families through conferences.')).toEqual(['communication']);
    expect(ids('Teacher', 'The teacher communicates regularly with parents every week.')).toEqual(['communication']);
    expect(ids('Intern', 'Join our Communications team with its partners.')).toEqual([]);
    expect(ids('Engineer', 'We moved the communication with the broker to a queue.')).toEqual([]);
  });

  it('Given broad fields after an organization "spanning" or "across" them, When enriched, Then they say who is in the organization, no skill', () => {
    expect(ids('Director', 'Lead a 40-person organization spanning data engineering and software engineering.')).toEqual([]);
    expect(ids('Director', 'You will run a team of 18 people across data engineering and Kafka.')).toEqual(['kafka']);
    expect(ids('Engineer', 'Requirements: data engineering and software engineering.')).toEqual(['data-engineering', 'software-engineering']);
  });

  it('Given "communicate" or "upsell" before its object after "to", "and", a comma or a semicolon, When enriched, Then it is the verb of a duty, no modifier of the noun', () => {
    const withUpselling = idsWith([{ id: 'upselling', name: 'upselling', aliases: ['upsell'], category: 'sales' }]);
    expect(withUpselling('Driver', 'Duties:\n- Plan routes; communicate delays to dispatch promptly')).toEqual(['communication']);
    expect(withUpselling('Engineer', 'Ability to communicate risk clearly to non-technical stakeholders.')).toEqual(['communication']);
    expect(withUpselling('Agent', 'Answer calls, and upsell plans that fit.')).toEqual(['upselling']);
    expect(withUpselling('Agent', 'Track upsell revenue.')).toEqual([]);
  });

  it('Given a check the candidate must pass or clear ("able to pass a drug screen and background check"), When enriched, Then it is no skill', () => {
    const withChecks = idsWith([
      { id: 'drug-screening', name: 'drug screening', aliases: ['drug screen'], category: 'hr' },
      { id: 'background-checks', name: 'background checks', aliases: ['background check'], category: 'hr' },
    ]);
    expect(withChecks('Driver', 'Requirements:\n- Able to pass a pre-employment drug screen and background check')).toEqual([]);
    expect(withChecks('Driver', 'Requirements:\n- Clear a background check')).toEqual([]);
    expect(withChecks('HR Coordinator', 'Duties:\n- Run background checks and drug screens for new hires')).toEqual(['background-checks', 'drug-screening']);
    // with no article, at a line's start or after "must": "Pass DOT physical and drug screen", "Must pass background check"
    expect(withChecks('Driver', 'Requirements:\n- Pass DOT physical and drug screen')).toEqual([]);
    expect(withChecks('Driver', 'Drivers must pass background check before the first trip.')).toEqual([]);
    // Then "first-pass" is no such verb
    expect(withChecks('Photographer', 'You will do first-pass drug screen reviews.')).toEqual(['drug-screening']);
  });

  it('Given a readiness to learn a skill on another path to the job, When the skill is asked for too, Then both skills count', () => {
    // Given "Go (or strong Python with a willingness to learn Go quickly)": Go asked for, Python the other path
    expect(ids('SRE II', '- Proficiency in Go (or strong Python with a willingness to learn Go quickly)')).toEqual(['go', 'python']);
    // Then a tool the employer will teach is still no requirement
    expect(ids('Intern', '- Python. No Java needed: we will teach you Java.')).toEqual(['python']);
  });

  it('Given duties written in the third person at the start of their lines, When enriched, Then the verb and its object name the duty', () => {
    // (the verb's form must be a word the taxonomy knows: here from "work schedules")
    const withMeetings = idsWith([
      { id: 'meeting-scheduling', name: 'meeting scheduling', category: 'office' },
      { id: 'work-schedules', name: 'work schedules', category: 'hr' },
    ]);
    expect(withMeetings('Administrative Assistant II', 'Examples of duties\n- Schedules meetings for the Director')).toEqual(['meeting-scheduling']);
    // a third person inside a sentence is the product or the team, not the job
    expect(withMeetings('Engineer', 'Our app schedules meetings for 300 clients.')).toEqual([]);
    // and a verb's third person in "-es", which the stemmer keeps apart from the verb
    const withPo = idsWith([{ id: 'purchase-order-processing', name: 'purchase order processing', category: 'finance' }]);
    expect(withPo('Administrative Assistant II', 'Examples of duties\n- Processes purchase orders in the financial system')).toEqual(['purchase-order-processing']);
  });

  it('Given training the employer provides, When enriched, Then what it trains is no requirement; training the candidate gives is a skill', () => {
    const withCpr = idsWith([
      { id: 'cpi', name: 'Nonviolent Crisis Intervention', aliases: ['CPI'], category: 'healthcare' },
      { id: 'cpr', name: 'CPR', category: 'healthcare' },
    ]);
    expect(withCpr('Paraprofessional', 'The district provides CPI training to all staff.')).not.toContain('cpi');
    expect(withCpr('Nurse Educator', 'Duties:\n- Provide CPR training to staff')).toEqual(['cpr', 'training']);
  });

  it('Given an acronym that opens a longer code ("DNS-CT", "SHRM-CP"), When enriched, Then it is not the acronym\'s skill', () => {
    const withDns = idsWith([{ id: 'dns', name: 'DNS', category: 'protocol' }]);
    expect(withDns('Director of Nursing', 'Preferred: Director of Nursing Services Certification (DNS-CT)')).toEqual([]);
    expect(withDns('Network Engineer', 'Run DNS for 40 sites.')).toEqual(['dns']);
  });

  it('Given a unit named like a skill after "with" ("Communicate with dispatch"), When enriched, Then it is a unit the job works with', () => {
    const withDispatch = idsWith([
      { id: 'dispatching', name: 'dispatching', aliases: ['dispatch'], category: 'logistics' },
      { id: 'inside-sales', name: 'inside sales', category: 'sales' },
    ]);
    expect(withDispatch('Truck Driver', '- Communicate with dispatch and deliver freight on time')).toEqual(['communication']);
    expect(withDispatch('Sales Rep', '- Work with inside sales, dispatch and credit to make sure orders ship complete')).toEqual([]);
    expect(withDispatch('Dispatcher', '- 2 years of experience in dispatch; dispatch trucks in our TMS')).toEqual(['dispatching']);
  });

  it('Given tools the candidate owns ("Own basic hand tools", "Your own hand tools"), When enriched, Then they are no skill; using them is', () => {
    const withHandTools = idsWith([{ id: 'hand-tools', name: 'hand tools', aliases: ['hand tool use'], category: 'trades' }]);
    expect(withHandTools('Mechanic', 'Requirements:\n- Own basic welding PPE and hand tools\n- Your own hand tools and helmet')).toEqual([]);
    expect(withHandTools('Carpenter', 'Requirements:\n- Use hand tools and power tools safely')).toEqual(['hand-tools']);
    // in a sentence after another clause, and instruments too
    const withGauges = idsWith([{ id: 'precision-measuring-tools', name: 'precision measuring tools', aliases: ['measuring instruments'], category: 'trades' }]);
    expect(withGauges('Machinist', 'We supply all tooling; you bring your own basic measuring instruments.')).toEqual([]);
    expect(withGauges('Machinist', '- Check parts with measuring instruments')).toEqual(['precision-measuring-tools']);
  });

  it('Given "hire" with the company as its subject or as a point in time ("we hire 900 people a year", "within 30 days of hire"), When enriched, Then it is no skill of the job', () => {
    expect(ids('Recruiter', 'We hire 900 people a year; interviews daily.')).toEqual([]);
    expect(ids('Cook', 'A food handler card is required within 30 days of hire; interviews this week.')).toEqual([]);
    expect(ids('Manager', 'You will hire and run interviews for the team.')).toEqual(['hiring']);
  });

  it('Given an ambiguous acronym listed with a skill of the other kind (technical or not), When enriched, Then the list does not make it a skill', () => {
    const withSdr = idsWith([{ id: 'sdr', name: 'software-defined radio', aliases: ['SDR'], category: 'concept', ambiguous: true, ambiguousForms: ['SDR'], contextCues: ['radio'] }]);
    expect(withSdr('Account Executive', 'Requirements:\n- Bookkeeping or SDR')).toEqual(['bookkeeping']);
    expect(withSdr('Engineer', 'Requirements:\n- Docker or SDR')).toEqual(['docker', 'sdr']);
  });

  it('Given a capitalized ambiguous name in running text after "in", "using", "through" or "via", When enriched, Then it is the tool the work is done in', () => {
    expect(ids('Teacher', 'Post grades in Canvas every Friday.')).toEqual(['canvas-lms']);
    expect(ids('Teacher', 'You will post grades through our Canvas.')).toEqual(['canvas-lms']);
    // not a place ("in Canvas Hall"), nor a field of study or a certification ("certification in Canvas")
    expect(ids('Teacher', 'We meet in Canvas Hall on Fridays.')).toEqual([]);
    expect(ids('Teacher', 'A certification in Canvas is welcome.')).toEqual([]);
  });

  it('Given a product named for a language or platform ("ArcGIS Maps SDK for JavaScript"), When enriched, Then both count; a concept after "for" does not', () => {
    const found = idsWith([
      { id: 'arcgis-js', name: 'ArcGIS Maps SDK for JavaScript', category: 'library' },
      { id: 'defender-containers', name: 'Microsoft Defender for Containers', category: 'tool' },
      { id: 'containers', name: 'containers', category: 'concept' },
    ]);
    expect(found('Engineer', 'Build apps with the ArcGIS Maps SDK for JavaScript.')).toEqual(['arcgis-js', 'javascript']);
    expect(found('Engineer', 'Tune Microsoft Defender for Containers.')).toEqual(['defender-containers']);
  });

  it('Given a one-word name before "Belt" or "Level" ("Six Sigma Black Belt", "ISTQB Foundation Level"), When enriched, Then it is the level of a certification, no skill', () => {
    const withBlack = idsWith([{ id: 'black-formatter', name: 'Black', category: 'tool', ambiguous: true, contextCues: ['python', 'formatter'] }]);
    expect(withBlack('Engineer', 'Preferred:\n- Python and a Black Belt in Six Sigma')).toEqual(['python']);
    expect(withBlack('Engineer', 'Preferred:\n- Python formatter Black')).toEqual(['black-formatter', 'python']);
  });

  it('Given a one-word name opening an item of a list before a determiner ("- Make every build reproducible"), When enriched, Then it is the verb of the duty', () => {
    const withMake = idsWith([{ id: 'make', name: 'Make', category: 'tool', ambiguous: true, contextCues: ['build', 'makefiles'] }]);
    expect(withMake('Engineer', 'Duties:\n- Make every build reproducible')).toEqual([]);
    // ... and "Make" or "Move" before any word in lower case
    expect(withMake('Engineer', 'Duties:\n- Make failover builds boring')).toEqual([]);
    expect(withMake('Engineer', 'Duties:\n- Keep the build fast with Make')).toEqual(['make']);
    // verbs that name skills stay skills ("- Coach the team")
    expect(ids('Manager', 'Duties:\n- Coach the team')).toEqual(['coaching']);
  });

  it('Given a soft skill "with" an ambiguous word ("communication with drivers"), When enriched, Then the two are no list: the word is the people the skill is practised with', () => {
    const withDrivers = idsWith([{ id: 'device-drivers', name: 'device drivers', aliases: ['drivers'], category: 'concept', ambiguous: true, ambiguousForms: ['drivers'], contextCues: ['kernel'] }]);
    expect(withDrivers('Dispatcher', 'Requirements:\n- Strong communication with drivers')).toEqual(['communication']);
    expect(withDrivers('Engineer', 'Requirements:\n- Python with drivers')).toEqual(['device-drivers', 'python']);
  });

  it('Given "organized" as the state things are kept in ("keep your station clean and organized"), When enriched, Then it is no organizational skill', () => {
    const withOrganized = idsWith([{ id: 'organizational-skills', name: 'organizational skills', aliases: ['organized'], category: 'soft-skill', ambiguous: true, ambiguousForms: ['organized'], contextCues: ['highly', 'stay'] }]);
    expect(withOrganized('Cook', 'Duties:\n- Keep your station clean and highly organized')).toEqual([]);
    expect(withOrganized('Assistant', 'Requirements:\n- Highly organized')).toEqual(['organizational-skills']);
    expect(withOrganized('Assistant', 'Requirements:\n- Able to keep yourself highly organized')).toEqual(['organizational-skills']);
  });

  it('Given a name before "Committee" ("the Audit Committee", "Audit & Risk Committee"), When enriched, Then it names the committee, no skill', () => {
    const withAudit = idsWith([{ id: 'audit', name: 'auditing', aliases: ['audit'], category: 'finance' }]);
    expect(withAudit('Controller', 'Present to the Audit Committee and the Audit & Risk Committee.')).toEqual([]);
    expect(withAudit('Controller', 'Lead the annual audit.')).toEqual(['audit']);
  });

  it('Given a longer form starting inside a shorter one, When enriched, Then both count where they do not overlap', () => {
    // "Kafka consumer" gives way to "consumer groups", and Kafka still counts
    expect(ids('Engineer', 'Tune Kafka consumer groups.')).toEqual(['consumer-groups', 'kafka']);
  });

  it('Given a name joined by a hyphen ("T-SQL queries"), When enriched, Then no form starts in its second half', () => {
    const withSql = idsWith([
      { id: 't-sql', name: 'T-SQL', category: 'programming-language' },
      { id: 'sql', name: 'SQL', aliases: ['SQL queries'], category: 'programming-language' },
    ]);
    expect(withSql('Engineer', 'Tune T-SQL queries and indexes.')).toEqual(['t-sql']);
    expect(withSql('Engineer', 'Tune SQL queries and indexes.')).toEqual(['sql']);
  });

  it('Given a form whose last word starts another form that only adds "skills", When enriched, Then the first form wins ("electrical troubleshooting skills")', () => {
    const withTroubleshooting = idsWith([
      { id: 'electrical-troubleshooting', name: 'electrical troubleshooting', category: 'trades' },
      { id: 'troubleshooting', name: 'troubleshooting', aliases: ['troubleshooting skills'], category: 'practice' },
    ]);
    expect(withTroubleshooting('Technician', 'Strong electrical troubleshooting skills.')).toEqual(['electrical-troubleshooting']);
    expect(withTroubleshooting('Technician', 'Strong troubleshooting skills.')).toEqual(['troubleshooting']);
  });

  it('Given kinds of tests coordinated before one head, When enriched, Then each kind is named ("unit and integration tests")', () => {
    const r = enrich('Engineer', 'Write unit and integration tests.');
    expect(r.skills.map((s) => [s.id, s.evidence[0].text])).toEqual([
      ['unit-testing', 'unit and integration tests'],
      ['integration-testing', 'integration tests'],
    ]);
    // other heads read as one skill
    expect(ids('Accountant', 'Handle bank and balance sheet reconciliation.')).toEqual(['account-reconciliation']);
  });

  it('Given a form ending with a job noun, When enriched, Then it is a skill, not a job title', () => {
    expect(ids('Engineer', 'Experience mentoring junior engineers. Kafka consumer groups. Build AI agents.')).toEqual(['ai-agents', 'consumer-groups', 'kafka', 'mentoring']);
  });

  it('Given a skill listed before a product whose name holds a job noun ("CI/CD and IBM Developer for z/OS"), When enriched, Then both count', () => {
    const found = idsWith([{ id: 'idz', name: 'IBM Developer for z/OS', category: 'tool' }]);
    expect(found('Engineer', '- Use CI/CD and IBM Developer for z/OS daily')).toEqual(['ci-cd', 'idz']);
    expect(found('VP Engineering', 'Lead the engineers, ML and CI/CD staff they support.')).toEqual([]);
  });

  it('Given named fields listed before a team noun, When enriched, Then they name the team ("QA and SRE staff")', () => {
    expect(ids('VP Engineering', 'Lead the engineers, ML and CI/CD staff they support. Own bookkeeping and the department budget.')).toEqual(['bookkeeping']);
    expect(ids('Engineer', 'Experience with ML and CI/CD.')).toEqual(['ci-cd', 'machine-learning']);
  });

  it('Given a job noun after a skill, When the skill is a verb acting on people, Then it counts, else it is a job title', () => {
    expect(ids('Lead', 'Train staff on the new process.')).toEqual(['training']);
    expect(ids('Lead', 'Report to the Training Coordinator.')).toEqual([]);
    // people named by their grades, and a form that names them ("mentoring others")
    expect(ids('Lead Technician', 'Train Technician I and II staff on faults.')).toEqual(['training']);
    const withOthers = idsWith([{ id: 'mentoring-others', name: 'mentoring others', category: 'soft-skill' }]);
    expect(withOthers('Engineer', '- Experience mentoring other developers')).toEqual(['mentoring-others']);
  });

  it('Given a manager\'s duties written as verbs ("Hire, coach and grow the team"), When enriched, Then hiring and coaching are asked for', () => {
    expect(ids('Engineering Manager', "What you'll do\n- Hire, coach and grow the team")).toEqual(['coaching', 'hiring']);
    expect(ids('Engineering Manager', 'You will hire and coach engineers.')).toEqual(['coaching', 'hiring']);
  });

  it('Given the company hiring or training someone, or new hires, When enriched, Then no skill is made of it', () => {
    expect(ids('Electrician', 'We are looking to hire an electrician. We will train you. New hire orientation on day one.')).toEqual([]);
  });

  it('Given "train" before models or in a technical posting, When enriched, Then it trains models, not staff', () => {
    expect(ids('ML Engineer', "You will\n- Train staff, evaluate and ship models")).toEqual([]);
    expect(ids('Store Lead', "You will\n- Train staff on the register")).toEqual(['training']);
  });

  it('Given "train" opening an item after other verbs ("- Supervise, hire, train and evaluate staff"), When enriched, Then it is the skill', () => {
    expect(ids('Property Manager', "What you'll do\n- Supervise, schedule, train and evaluate the night shift")).toEqual(['training']);
    // words before that are no verbs open no item of verbs
    expect(ids('Analyst', "What you'll do\n- Sales, marketing, train and staffing reports")).toEqual([]);
  });

  it('Given "train" and users in a technical posting, When enriched, Then the object names the duty (end-user training), not models', () => {
    const withUsers = idsWith([{ id: 'end-user-training', name: 'end-user training', aliases: ['user training'], category: 'office' }]);
    const stack = 'We run Python, Java, Docker, Kubernetes, PostgreSQL and Kafka.\n';
    expect(withUsers('Systems Administrator', `${stack}- Train end users and answer tickets`)).toContain('end-user-training');
    expect(withUsers('Systems Administrator', `${stack}- Train models on our data`)).toEqual(['docker', 'java', 'kafka', 'kubernetes', 'postgresql', 'python']);
  });

  it('Given a generic word before "basics" or before people it acts on, When enriched, Then it is still the skill', () => {
    expect(ids('Engineer', 'Good networking basics: DNS and TLS.')).toEqual(['networking']);
    expect(ids('Engineer', 'Calm networking during incidents.')).toEqual(['networking']);
  });

  it('Given a generic word modifying another noun, When enriched, Then it is not the skill', () => {
    expect(ids('Engineer', 'Write clear bookkeeping guidelines. Strong communication skills.')).toEqual(['communication']);
  });

  it('Given a name with capitals inside before a noun ("gRPC documentation"), When enriched, Then it is the name, not a generic word', () => {
    const withGrpc = idsWith([{ id: 'grpc', name: 'gRPC', category: 'protocol' }, { id: 'protocols', name: 'protocols', category: 'concept' }]);
    expect(withGrpc('Technical Writer', 'Familiarity with gRPC documentation')).toEqual(['grpc']);
  });

  it('Given a name in a list that ends in a noun of teams, units or customers, When enriched, Then it names one of them, not a skill', () => {
    expect(ids('Head of Shopify', '- Work with our design, bookkeeping and marketing teams on scoping')).toEqual([]);
    expect(ids('Machinist', 'We make parts for bookkeeping, aerospace and medical customers.')).toEqual([]);
    // a verb acting on the people after the list, or customers after "with", leaves the name a skill
    expect(ids('Dispatcher', '- Track loads with Kubernetes and update customers on ETAs')).toEqual(['kubernetes']);
    expect(ids('Engineering Manager', '- Experience with bookkeeping and scaling teams')).toEqual(['bookkeeping']);
    // a tool's name, a word of how teams work, or machines ("rooftop units" after "with") leave the names skills
    expect(ids('Engineer', '- Build data pipelines for Docker and Kubernetes customers')).toEqual(['docker', 'kubernetes']);
    expect(ids('Engineer', '- Experience with bookkeeping, training and distributed teams')).toEqual(['bookkeeping', 'training']);
    expect(ids('HVAC Technician', '- Experience with bookkeeping, forklift and rooftop units')).toEqual(['bookkeeping', 'forklift']);
    expect(ids('Nurse', '- Join the bookkeeping and forklift units')).toEqual([]);
    expect(ids('Social Worker', 'The county is hiring for its bookkeeping and forklift units.')).toEqual([]);
  });

  it('Given a line that labels the job\'s department or manager ("Department:", "Reports to:"), When enriched, Then the names there are no skills', () => {
    const withIt = idsWith([{ id: 'itsm', name: 'IT service management', aliases: ['Service Management', 'ITSM'], category: 'practice' }]);
    expect(withIt('IT Asset Manager', 'Department: Information Technology, Service Management\nReports to: Director of Security')).toEqual([]);
    expect(withIt('IT Asset Manager', 'Knowledge of Service Management and Security')).toEqual(['itsm', 'security']);
    // the label reaches its own value only ("Department: Security. Build services in Python and Java." asks for both)
    expect(withIt('Engineer', 'Department: Security. Build services in Python and Java.')).toEqual(['java', 'python']);
  });

  it('Given the last department of a list named with "the", or a list of departments after "for", When enriched, Then they are departments', () => {
    expect(ids('IT Asset Manager', 'A role working closely with Procurement, Finance, Facilities and the Security.')).toEqual([]);
    expect(ids('Administrator', '- Build reports and dashboards for Security and Supply Chain')).toEqual([]);
    // a list after "for" that goes on to the work it qualifies is no list of departments
    expect(ids('Accountant', '- Bookkeeping for Security and Tax work')).toEqual(['bookkeeping', 'security']);
    // after "for", only a department's own name: "responsible for Bookkeeping and Tax" names a duty
    expect(ids('Accountant', 'You will be responsible for Bookkeeping and Tax.')).toEqual(['bookkeeping']);
    expect(ids('Accountant', 'Handle monthly filings for Bookkeeping and Tax.')).toEqual(['bookkeeping']);
  });

  it('Given the hiring process the candidate goes through, When enriched, Then it is no skill; the one a recruiter runs is', () => {
    const withProcess = idsWith([{ id: 'hiring-process', name: 'hiring process', category: 'hr' }]);
    expect(withProcess('Engineer', 'Accommodations are available on request throughout the hiring process.')).toEqual([]);
    expect(withProcess('Engineer', 'Our hiring process\nFour steps, two weeks.')).toEqual([]);
    expect(withProcess('Engineer', 'During the hiring process, accommodations are available on request.')).toEqual([]);
    expect(withProcess('Talent Partner', '- Own the hiring process from job description to offer')).toEqual(['hiring-process']);
    // a duty in a list item stays one, whatever the preposition
    expect(withProcess('Talent Partner', '- Partner with hiring managers throughout the hiring process')).toEqual(['hiring-process']);
  });

  it('Given a verb whose object is a possessive ("manage the branch\'s expense budget"), When enriched, Then the possessor names no duty', () => {
    const withBranch = idsWith([{ id: 'branch-operations', name: 'branch operations', aliases: ['branch management'], category: 'finance' }]);
    expect(withBranch('Branch Manager', "- Prepare schedules and manage the branch's expense budget")).toEqual([]);
    expect(withBranch('Branch Manager', '- Manage the branch and its staff')).toEqual(['branch-operations']);
  });

  it('Given a name with digits inside before a noun ("i18n tooling"), When enriched, Then it is the name, not a generic word', () => {
    const withI18n = idsWith([{ id: 'internationalization', name: 'internationalization', aliases: ['i18n'], category: 'practice' }]);
    expect(withI18n('Localization Engineer', '- Maintain our string extraction and i18n tooling')).toEqual(['internationalization']);
  });

  it('Given a product named as what the company\'s devices run on, When enriched, Then it is the stack the candidate works with', () => {
    const withImx = idsWith([{ id: 'nxp-imx', name: 'NXP i.MX', aliases: ['i.MX 8'], category: 'platform' }]);
    expect(withImx('Embedded Engineer', 'About us\nVireo builds infusion monitors. Our devices run a custom Linux distribution on NXP i.MX 8 processors.')).toEqual(['nxp-imx']);
    // "runs ... on" with no system between is the business ("runs free workshops on Kubernetes")
    expect(ids('Trainer', 'About us\nAcme runs free workshops on Kubernetes and Docker for small businesses.')).toEqual([]);
  });

  it('Given a tool the employer will train the candidate on, named after "and train you on", When enriched, Then it is not asked for', () => {
    const withRx = idsWith([{ id: 'pioneerrx', name: 'PioneerRx', category: 'healthcare' }]);
    expect(withRx('Pharmacy Technician Trainee', "We'll pay for your exam and train you on our dispensing software, PioneerRx, so no prior pharmacy software experience is needed.")).toEqual([]);
    expect(withRx('Pharmacy Technician', 'Fill prescriptions in PioneerRx.')).toEqual(['pioneerrx']);
    expect(withRx('Pharmacy Technician', 'Start Monday and train you onsite with PioneerRx daily.')).toEqual(['pioneerrx']);
  });

  it('Given the fields of job titles listed after "VPs of", When enriched, Then they are titles, not skills', () => {
    expect(ids('VP of Engineering', 'You will sit on the executive team alongside the VPs of Product, Sales and Customer Service.')).toEqual([]);
    expect(ids('VP of Engineering', 'You will sit on the executive team. Sales and Customer Service experience.')).toEqual(['customer-service']);
  });

  it('Given a certification named in capitals after a skill\'s name ("AWS Machine Learning Specialty certification"), When enriched, Then the name is the certification\'s', () => {
    expect(ids('MLOps Engineer', '- An AWS Machine Learning Specialty certification is a plus')).toEqual([]);
    expect(ids('MLOps Engineer', '- AWS Machine Learning pipelines')).toEqual(['aws', 'machine-learning']);
    expect(ids('MLOps Engineer', '- An AWS Machine Learning Specialty Certification is a plus')).toEqual([]);
  });

  it('Given a skill word before the matters it is the field of, or before a preposition, When enriched, Then it is the skill', () => {
    expect(ids('Clerk', 'Fix bookkeeping issues as they come up.')).toEqual(['bookkeeping']);
    expect(ids('Clerk', 'Spot bookkeeping opportunities and questions.')).toEqual(['bookkeeping']);
    expect(ids('Clerk', 'Keep bookkeeping between the two entities.')).toEqual(['bookkeeping']);
    expect(ids('Clerk', 'Keep bookkeeping records.')).toEqual([]);
    expect(ids('Clerk', 'Keep bookkeeping up to date.')).toEqual(['bookkeeping']);
    // the operations a skill is made of ("perform arithmetic calculations")
    expect(idsWith([{ id: 'numeracy', name: 'arithmetic', category: 'office' }])('Clerk', 'Perform arithmetic calculations accurately.')).toEqual(['numeracy']);
    // the workloads a technology runs are no modifier of the skill ("serverless workloads")
    expect(ids('Engineer', 'Build serverless workloads on AWS.')).toEqual(['aws', 'serverless']);
  });

  it('Given a verb and the people it acts on, then graded team members ("Mentor apprentices and Tech I/II team members"), When enriched, Then it is the skill, no team name', () => {
    const r = enrich('Technician', 'What you will do\n- Mentor apprentices and Tech I/II team members who ride along');
    expect(r.skills.map((k) => k.id)).toEqual(['mentoring']);
    expect(r.skills[0].evidence.map((e) => e.text)).toContain('Mentor apprentices');
  });

  it('Given a degree in a list of fields, When enriched, Then the fields are no skills, but a list of requirements after it is', () => {
    expect(ids('Analyst', "A bachelor's degree in finance, machine learning or economics. Strong Python.")).toEqual(['python']);
    expect(ids('Analyst', "Bachelor's degree in CS, experience with Python and Java.")).toEqual(['java', 'python']);
  });

  it('Given coursework in fields of study, When enriched, Then the fields are no skills; coursework in named subjects names skills', () => {
    const withFields = idsWith([
      { id: 'biology', name: 'biology', category: 'healthcare' },
      { id: 'hvac', name: 'HVAC', category: 'trades' },
      { id: 'algorithms', name: 'algorithms', category: 'concept' },
    ]);
    expect(withFields('Park Ranger', '* Coursework in natural resources, biology or a related field\n* Conversational Spanish')).toEqual(['spanish']);
    expect(withFields('Mechanic Apprentice', 'Helpful: vocational coursework in electricity, HVAC or a similar trade.')).toEqual([]);
    expect(withFields('Intern', 'Coursework in data structures and algorithms.')).toEqual(['algorithms']);
  });

  it('Given a broad field as the area of a years requirement, When enriched, Then it is not a skill but a specific discipline is', () => {
    expect(ids('Engineer', '5+ years in software engineering and 3 years in machine learning.')).toEqual(['machine-learning']);
    expect(ids('Agent', '2 years of customer service experience')).toEqual(['customer-service']);
    // a non-tech field: "3 years in shipping and receiving" is a discipline, "logistics" around it is the field
    const logistics = createEnricher({ skills: [...TEST_SKILLS, { id: 'logistics-management', name: 'logistics', category: 'logistics' }], taxonomyVersion: 'test-1' });
    const found = (d: string): string[] => logistics.enrich({ title: 'Coordinator', description: d }).skills.map((k) => k.id);
    expect(found('1-3 years in logistics or freight. Plan our logistics with carriers.')).toEqual(['logistics-management']);
    expect(found('1-3 years in logistics or freight.')).toEqual([]);
    // (whole fields of technology work too: "3+ years of mobile development, including 2+ years with React Native")
    const withMobile = idsWith([{ id: 'mobile-development', name: 'mobile development', category: 'practice' }]);
    expect(withMobile('Mobile Developer', '3+ years of mobile development, including 2+ years with Swift on iOS')).toEqual(['ios', 'swift']);
  });

  it('Given the field of a non-technical occupation as the area of a years requirement, When enriched, Then it is what the candidate did, no skill; named as work it is one', () => {
    const withField = idsWith([{ id: 'property-management', name: 'property management', category: 'finance' }]);
    expect(withField('Manager', '- 7+ years of commercial property management experience')).toEqual([]);
    expect(withField('Manager', '- Lead property management for 12 buildings')).toEqual(['property-management']);
  });

  it('Given software testing as the area of a years requirement, When enriched, Then it is what the candidate did, no skill; named as work it is one', () => {
    const withTesting = idsWith([{ id: 'software-testing', name: 'software testing', aliases: ['QA'], category: 'practice' }]);
    expect(withTesting('QA Tester', '- 0–1 years of experience in software testing')).toEqual([]);
    expect(withTesting('QA Lead', '- 5–8 years in QA, leading testers')).toEqual([]);
    expect(withTesting('QA Tester', '- Plan software testing for each release')).toEqual(['software-testing']);
  });

  it('Given a verb of the work after "years of experience", When enriched, Then its object is the area of the figure', () => {
    const withWeb = idsWith([{ id: 'web-development', name: 'web development', aliases: ['web applications'], category: 'concept' }]);
    expect(withWeb('Engineer', '2-4 years of professional experience building web applications.')).toEqual([]);
    expect(withWeb('Engineer', 'You will build web applications. 2-4 years of experience.')).toEqual(['web-development']);
  });
});

describe('enrichment engine: experience', () => {
  it('Given months in a role held ("6-12 months in a customer-facing technical role"), When enriched, Then they are the experience in years', () => {
    const r = enrich('Technical Support Engineer I', "You'll need 6-12 months in a customer-facing technical role and basic SQL.");
    expect([r.experience.minYears, r.experience.maxYears]).toEqual([0.5, 1]);
    // months in each role of a program, or in "the" role, are no experience asked for
    expect(enrich('Graduate Analyst', "You'll spend 6 months in each role of our rotation program.").experience.minYears).toBeNull();
  });

  it('Given the years of a program in which the candidate does something ("Over four years you\'ll earn while you learn"), When enriched, Then they are no experience', () => {
    const r = enrich('Carpentry Apprentice', "No construction experience is required. Over four years you'll earn while you learn.");
    expect([r.experience.minYears, r.experience.maxYears]).toEqual([null, null]);
    expect(enrich('Engineer', 'Over four years of experience with Python.').experience.minYears).toBe(4);
    expect(enrich('Engineer', "With 5+ years, you'll lead the platform team.").experience.minYears).toBe(5);
  });

  const years = (d: string) => {
    const e = enrich('Engineer', d).experience;
    return [e.minYears, e.maxYears];
  };
  it.each([
    ['Requires 5-7 years of experience', [5, 7]],
    ['Requires 5 to 7 years of experience', [5, 7]],
    ['3–5 years building web apps', [3, 5]],
    ['2+ years backend experience', [2, null]],
    ['at least three years of experience', [3, null]],
    ['At least five years in the field', [5, null]],
    ['up to 2 years of professional experience', [null, 2]],
    ['Need 6+ months forklift experience', [0.5, null]],
    ['1.5 years of experience', [1.5, null]],
    ['two or more years of experience', [2, null]],
    ['between 3 and 5 years of experience', [3, 5]],
    ['10+ yrs exp', [10, null]],
    ['Our two-year graduate programme and 20 days of PTO', [null, null]],
    ['We were founded 12 years ago', [null, null]],
    ["We've grown revenue 3x in two years on a small team", [null, null]],
    ['Ship a new release every quarter; by 2 years you will own a team. 4+ years of experience', [4, null]],
    ['Six months to a year of customer service experience', [0.5, 1]],
    ['6 months – 2 years of experience', [0.5, 2]],
    ['Six months to four years of office experience', [0.5, 4]],
    ['Plans for children from 18 months to 16 years. 2+ years of experience', [2, null]],
    ['For 14 years we have helped kids. 1+ year of experience', [1, null]],
    ['- Lead a team of six\n- 3+ years of experience', [3, null]],
    ['2-3 years of programming experience. Learn from developers with 30+ years on the platform', [2, 3]],
    ['For 25 years, volunteers have been the heart of our work. 2+ years of experience', [2, null]],
    ["We've been cooking with local farms for nine years. 7+ years of kitchen experience", [7, null]],
    ['Keep 12 months\n- 2+ years of experience', [2, null]],
    ['A family-owned company that has cared for older adults for 31 years. Up to 1 year of experience', [null, 1]],
    ['Named a Top Workplace three years running. 2+ years of experience', [2, null]],
    ['You have worked in payments for 5 years', [5, null]],
    ['At least 3 years running CNC mills', [3, null]],
    ['Family-owned for 38 years, we run 22 trucks. 3 to 5 years of service plumbing experience', [3, 5]],
    ['1+ year of supervisory experience (or 2+ years as a crew member or line cook)', [1, null]],
    ['No experience needed. Experienced selectors with 1+ year start at a higher rate.', [null, null]],
    ['Pickers with 2 years of experience earn $2 more an hour. 1+ year of warehouse experience', [1, null]],
    ['High school diploma or GED with one year of algebra', [null, null]],
    ['$18.25/hour, raises at 90 days and at one year', [null, null]],
    ['Pursuing a degree in civil engineering, with at least one year of school remaining', [null, null]],
    ['A PostgreSQL database that holds 20 years of parcel history. 2-4 years of professional experience', [2, 4]],
    ['Migrate 15 years of sales data', [null, null]],
    ['5+ years of big data experience', [5, null]],
    ['10+ years of software or data engineering', [10, null]],
    ['Each sensor runs for five years on a single battery', [null, null]],
    ['A charge lasts for two years. 1-2 years of experience', [1, 2]],
    ["We're after 7+ years building web products", [7, null]],
    ['After 2 years you lead a squad', [null, null]],
    ['Our graduate programme gives you two years of structured development', [null, null]],
    ['The GIS Division has supported county planning and emergency services for 25 years. One year of GIS experience', [1, null]],
    ['High school diploma or GED; 18 years or older', [null, null]],
    ['At least one year of school counseling experience is required', [1, null]],
    ['Experience: 5 years and above in Java', [5, null]],
    ['2 years of college coursework and relevant experience', [null, null]],
    ['4 years of university study plus 2 years of work experience', [2, null]],
  ])('Given "%s", Then the years are %j', (d, expected) => {
    expect(years(d)).toEqual(expected);
  });

  it('Given years that tell the company\'s story or a student\'s schedule, When enriched, Then they are no requirement', () => {
    expect(enrich('Technician', 'About us\nOur sensors run for five years without a visit.\n\nRequirements\n- 3+ years of field work').experience).toMatchObject({ minYears: 3, maxYears: null });
    expect(enrich('Nurse', 'Many of our aides have been with us for more than 15 years. Minimum 5 years of nursing experience.').experience).toMatchObject({ minYears: 5 });
    expect(enrich('QA Intern', 'Enrolled in a degree, with at least one year left.').experience).toMatchObject({ minYears: null, maxYears: null });
    expect(enrich('Tax Associate', '0–2 years of tax experience. Most associates are promoted in about three years.').experience).toMatchObject({ minYears: 0, maxYears: 2 });
    expect(enrich('Operator I', 'We are celebrating our ruby anniversary this year: 40 years of custom injection molding.').experience).toMatchObject({ minYears: null, maxYears: null });
  });

  it('Given two paths to the role, each with its years, When enriched, Then the first is the requirement', () => {
    expect(years("Bachelor's degree AND four (4) years of information security experience; OR eight (8) years of combined IT and security experience.")).toEqual([4, null]);
    expect(years('2+ years as a General Manager or 4+ years as an Assistant Manager in quick-service dining')).toEqual([2, null]);
  });

  it('Given the company celebrating its anniversary, When enriched, Then what it has built for years is its story, not a requirement', () => {
    const withHvac = idsWith([{ id: 'hvac-controls', name: 'HVAC controls', category: 'trades' }]);
    expect(withHvac('Head of Engineering', 'Aldergrove Controls celebrates its ruby anniversary: 40 years of building HVAC controls for schools.\n\nRequirements: C and C++.')).toEqual(['c', 'cpp']);
    expect(withHvac('Controls Technician', 'Requirements: HVAC controls troubleshooting.')).toEqual(['hvac-controls']);
  });

  it('Given a posting that needs no experience and prefers some, When enriched, Then no years are asked for', () => {
    // Given "no prior ... experience required" and a preferred figure only
    const none = enrich('Technician I', 'Requirements\n- No prior sterile processing experience required\n\nPreferred\n- 6 months of experience in a hospital');
    expect(none.experience).toMatchObject({ minYears: null, maxYears: null });
    // Then a preferred figure alone, with no such sentence, still gives the years
    expect(enrich('Technician I', 'Preferred\n- 6 months of experience in a hospital').experience).toMatchObject({ minYears: 0.5 });
  });

  it('Given a per-technology figure inside the overall one, When enriched, Then the overall figure wins', () => {
    expect(years('7+ years of professional software engineering, including 3+ years of Go in production')).toEqual([7, null]);
    expect(years('5+ years of Android development, with at least 2 years of Kotlin')).toEqual([5, null]);
    expect(years('3+ years of Go. 7+ years of software engineering.')).toEqual([7, null]);
  });

  it('Given the figure, When enriched, Then its evidence points at it', () => {
    const r = enrich('Engineer', 'Requires 5-7 years of experience');
    const text = 'Engineer\nRequires 5-7 years of experience';
    for (const e of r.experience.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(r.experience.evidence[0].text).toBe('5-7 years');
  });
});

describe('enrichment engine: seniority', () => {
  const level = (title: string, d = '') => enrich(title, d).seniority;
  it('Given "no prior injection molding experience needed", When enriched, Then entry; a named tool there ("no prior Kubernetes experience needed") rules out the tool only', () => {
    expect(level('Machine Operator', 'No prior injection molding experience needed – we train you on the job.').level).toBe('entry');
    expect(level('Platform Engineer', 'No prior Kubernetes experience needed.').level).toBe('mid');
  });

  it('Given a charge nurse title, When enriched, Then it is a lead (staff) level', () => {
    expect(level('Charge Nurse – Med/Surg (Nights)', '3+ years of acute care RN experience').level).toBe('staff');
    expect(level('Registered Nurse – Med/Surg', '3+ years of acute care RN experience').level).toBe('mid');
  });

  it('Given a title without level and "no hotel experience required", When enriched, Then entry; "no Kubernetes experience required" rules out a tool, not experience', () => {
    expect(level('Front Desk Agent', 'No hotel experience required: we train you.').level).toBe('entry');
    expect(level('Platform Engineer', 'No Kubernetes experience required.').level).toBe('mid');
    expect(level('Platform Engineer', 'Three years of Go. No cloud experience required.').level).toBe('mid');
  });

  it.each([
    ['Software Engineering Intern (Co-op)', 'intern'],
    ['Junior Software Developer', 'entry'],
    ['Software Engineer I', 'entry'],
    ['Software Engineer II, Backend', 'mid'],
    ['Senior Software Engineer', 'senior'],
    ['Sr. Backend Engineer', 'senior'],
    ['Site Reliability Engineer III', 'senior'],
    ['Staff Platform Engineer', 'staff'],
    ['Principal Engineer', 'principal'],
    ['Engineering Manager – Payments', 'manager'],
    ['Director of Engineering', 'director'],
    ['Head of Data', 'director'],
    ['VP of Engineering', 'executive'],
    ['Chief Technology Officer', 'executive'],
    ['Apprentice Electrician (Level 3)', 'entry'],
    ['Solar PV Installer – Apprentice', 'entry'],
    ['Management Trainee', 'entry'],
    ['Veterinary Assistant – Kennel Support (No Experience Needed)', 'entry'],
    ['Landscape Crew Leader', 'staff'],
    ['Shift Leader', 'staff'],
  ])('Given the title "%s", Then the level is %s', (title, expected) => {
    const s = level(title);
    expect(s.level).toBe(expected);
    expect(s.basis).toBe('title');
  });

  it('Given a title that says one level and a text that says another, When enriched, Then the title wins', () => {
    const s = level('Senior Backend Engineer', 'We are looking for a junior engineer with 1 year of experience.');
    expect(s.level).toBe('senior');
    expect(s.basis).toBe('title');
  });

  it('Given no level in the title, When the text asks for one, Then the text decides', () => {
    expect(level('Software Engineer', 'We are looking for a senior engineer to join.')).toMatchObject({ level: 'senior', basis: 'text' });
    expect(level('Data Analyst', 'This is an entry-level role.')).toMatchObject({ level: 'entry', basis: 'text' });
  });

  it('Given a level numeral after any job name, or an entry job, When enriched, Then the title gives the level', () => {
    expect(level('Loan Officer I', 'Originate loans.').level).toBe('entry');
    expect(level('Payroll Specialist II', 'Run payroll.').level).toBe('mid');
    expect(level('Medical Coder III, inpatient', 'Code charts.').level).toBe('senior');
    expect(level('Physical Therapist Assistant (New Grads Welcome)', 'Treat patients.').level).toBe('entry');
    expect(level('Special Education Aide', 'Support students.').level).toBe('entry');
    expect(level('Clinic Assistant', 'No clinic experience yet? That is fine.').level).toBe('entry');
    expect(level('Customer Service Representative', "No call center experience? That's fine: our paid training covers it.").level).toBe('entry');
    // a part-time or seasonal job with no level and no years asked
    expect(level('Part-Time Bank Teller', 'Count cash drawers and greet members.').level).toBe('entry');
    expect(level('Bank Teller', 'Count cash drawers and greet members.').level).toBe('mid');
    // years asked for outrank a vague phrase about one tool
    expect(level('DevOps Engineer', '3–5 years in DevOps. We pilot Pulumi; no prior experience needed.').level).toBe('mid');
  });

  it('Given "Chief" before a profession without "Officer", When enriched, Then it heads the department (director); a chief officer is an executive', () => {
    expect(level('Chief Pharmacist', 'At least 10 years of post-registration experience').level).toBe('director');
    expect(level('Chief Financial Officer').level).toBe('executive');
    expect(level('Chief Architect').level).toBe('principal');
  });

  it('Given "Funeral Director", When enriched, Then it is an occupation, no director level; "Director of Operations" is one', () => {
    expect(level('Funeral Director & Embalmer', '2+ years of experience').level).toBe('mid');
    expect(level('Director of Operations').level).toBe('director');
  });

  it('Given "Staff" outside engineering, When enriched, Then it is no level (mid)', () => {
    expect(level('Staff Accountant', '2+ years of experience').level).toBe('mid');
    expect(level('Staff Nurse').level).toBe('mid');
    expect(level('Staff Accountant I').level).toBe('entry');
    expect(level('Staff Accountant II').level).toBe('mid');
  });

  it('Given "Staff" before a non-engineering job name of several words, When enriched, Then it is no level (mid)', () => {
    expect(level('Staff Physical Therapist').level).toBe('mid');
    expect(level('Staff Data Scientist').level).toBe('staff');
    expect(level('Staff Software Engineer, Payments').level).toBe('staff');
  });

  it('Given "Staff" before an analyst or consultant, even with data or systems words between, When enriched, Then it is no level (mid)', () => {
    expect(level('Staff Data Governance Analyst').level).toBe('mid');
    expect(level('Staff Clinical Systems Analyst (Cerner)').level).toBe('mid');
    expect(level('Staff Consultant, Salesforce CPQ').level).toBe('mid');
    expect(level('Staff Data Engineer, Streaming').level).toBe('staff');
  });

  it('Given a lead teacher or a lead cashier, When enriched, Then "Lead" is part of the job\'s name (mid); a lead engineer or lead line cook is staff', () => {
    expect(level('Preschool Lead Teacher').level).toBe('mid');
    expect(level('Lead Preschool Teacher (Pre-K 4s)').level).toBe('mid');
    expect(level('Lead Cashier – Full Time').level).toBe('mid');
    expect(level('Lead Line Cook').level).toBe('staff');
    expect(level('Lead Platform Engineer').level).toBe('staff');
  });

  it('Given "... Manager" titles, When enriched, Then people managers are managers and individual-contributor managers are not', () => {
    for (const title of ['Marketing Manager, Growth', 'Product Design Manager', 'Store Manager (hardware retail)', 'Senior Engineering Manager', 'Executive Chef', 'Head Chef']) expect(level(title).level).toBe('manager');
    expect(level('Product Manager', '3+ years of product management experience').level).toBe('mid');
    expect(level('Senior Project Manager').level).toBe('senior');
    expect(level('Account Manager', '1 year of experience').level).toBe('entry');
  });

  it('Given an assistant to an executive, When enriched, Then the executive named is not the level', () => {
    expect(level('Executive Assistant to the CEO', '7+ years supporting C-level executives').level).toBe('senior');
    expect(level('Senior Administrative Assistant – Office of the CEO').level).toBe('senior');
  });

  it('Given a lead title whose text says the people management is not the job, When enriched, Then it stays staff', () => {
    expect(level('Lead Platform Engineer', 'This role has no direct reports.').level).toBe('staff');
    expect(level('Lead Platform Engineer', 'You pair with our engineering manager, who handles line management, so you can focus on architecture.').level).toBe('staff');
    expect(level('Lead Platform Engineer', 'You will manage a team of five engineers.').level).toBe('manager');
    expect(level('Lead Data Engineer', 'This is an individual contributor role. People management sits with our Data Engineering Manager.').level).toBe('staff');
  });

  it('Given no level in the title, When enriched, Then the years decide and never give staff or above', () => {
    expect(level('Data Engineer', '1 year of experience').level).toBe('entry');
    expect(level('Data Engineer', '3+ years of experience').level).toBe('mid');
    const s = level('Data Engineer', '12+ years of experience');
    expect(s).toMatchObject({ level: 'senior', basis: 'years' });
  });

  it('Given sales "Account Executive, Mid-Market", When enriched, Then it is neither executive nor mid by title', () => {
    expect(level('Account Executive, Mid-Market', '5+ years of closing experience').level).toBe('senior');
  });

  it('Given no level and no years, When the posting asks only for school or welcomes beginners, Then entry', () => {
    expect(level('Shipping Clerk', 'Need: high school diploma or GED and the ability to lift 50 lbs.')).toMatchObject({ level: 'entry', basis: 'text' });
    expect(level('Behavior Technician', 'Requirements\n- High school diploma; we pay for your RBT training')).toMatchObject({ level: 'entry', basis: 'text' });
    expect(level('Science Teacher', 'This is a great first job: first-year teachers are encouraged to apply.').level).toBe('entry');
    expect(level('Science Teacher', 'Teach five sections of 7th grade science.').level).toBe('mid');
    expect(level('Shipping Clerk', 'High school diploma or GED; 3+ years of shipping experience.').level).toBe('mid');
  });

  it('Given nothing at all, When enriched, Then the level is mid by default', () => {
    expect(level('Data Engineer', 'Build pipelines.')).toMatchObject({ level: 'mid', basis: 'default' });
  });
});

describe('enrichment engine: offsets and contract', () => {
  it('Given non-ASCII text with emoji and accents, When enriched, Then every evidence slice equals its text', () => {
    const title = 'Développeur Senior 🚀 — Équipe Café';
    const description = 'Expérience avec Node.js 😀😀 et Kubernetes — très important. Über-cool C++ 👩‍💻 and PostgreSQL. 5+ années? 3+ years of experience.';
    const r = enrich(title, description);
    const text = `${title}\n${description}`;
    expect(r.skills.map((s) => s.id).sort()).toEqual(['cpp', 'kubernetes', 'nodejs', 'postgresql']);
    for (const s of r.skills) for (const e of s.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    for (const e of [...r.seniority.evidence, ...r.experience.evidence]) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('Given any text, When enriched, Then every evidence slice equals its text and the output fits the contract', () => {
    const words = ['Go', 'Python', 'Node.js', 'C++', 'C#', '.NET', 'CI/CD', 'K8s', 'REST APIs', 'Spring', 'Swift', 'Excel', 'é', '🚀', 'ß', '\n', '- ', 'Nice to have', 'is a plus', '5+ years', 'Senior', ' ', ',', '(', ')', 'ﬁ', 'İ', 'x'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 60 }), fc.string(), fc.string({ maxLength: 20 }), (parts, noise, title) => {
        const description = parts.join(' ') + noise;
        const r = enricher.enrich({ title, description });
        const text = `${title}\n${description}`;
        for (const s of r.skills) for (const e of s.evidence) if (text.slice(e.start, e.end) !== e.text) return false;
        for (const e of [...r.seniority.evidence, ...r.experience.evidence]) if (text.slice(e.start, e.end) !== e.text) return false;
        return EnrichmentSchema.safeParse(r).success;
      }),
      { numRuns: 300 },
    );
  });

  it('Given the same posting twice, When enriched, Then the output is identical and stamped with versions', () => {
    const p = { title: 'Senior Engineer', description: 'Go and Python services, 5+ years.' };
    const a = enricher.enrich(p);
    expect(enricher.enrich(p)).toEqual(a);
    expect(a.taxonomyVersion).toBe('test-1');
    expect(a.engineVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
