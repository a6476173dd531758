import type { SkillDef } from '../taxonomy/skill-def';

/**
 * A small, fixed taxonomy for the engine's unit tests (independent of the evolving built-in data):
 * it holds the look-alike words of the issue (Go, Swift, Spring, Excel, Teams) and punctuation variants.
 */
export const TEST_SKILLS: SkillDef[] = [
  { id: 'go', name: 'Go', aliases: ['golang'], category: 'programming-language', ambiguous: true, ambiguousForms: ['Go'], contextCues: ['goroutines', 'golang', 'programming', 'services'] },
  { id: 'python', name: 'Python', category: 'programming-language' },
  { id: 'java', name: 'Java', category: 'programming-language' },
  { id: 'javascript', name: 'JavaScript', aliases: ['JS'], category: 'programming-language' },
  { id: 'c', name: 'C', aliases: ['embedded C'], category: 'programming-language', ambiguous: true, contextCues: ['embedded', 'firmware', 'microcontrollers'] },
  { id: 'cpp', name: 'C++', aliases: ['C++17'], category: 'programming-language' },
  { id: 'csharp', name: 'C#', aliases: ['C sharp'], category: 'programming-language' },
  { id: 'dotnet', name: '.NET', aliases: ['dotnet', '.NET Core'], category: 'framework' },
  { id: 'swift', name: 'Swift', category: 'programming-language', ambiguous: true, contextCues: ['ios', 'swiftui', 'xcode'] },
  { id: 'spring', name: 'Spring', aliases: ['Spring Framework'], category: 'framework', ambiguous: true, contextCues: ['java', 'boot', 'kotlin'] },
  { id: 'spring-boot', name: 'Spring Boot', category: 'framework' },
  { id: 'excel', name: 'Microsoft Excel', aliases: ['Excel', 'MS Excel'], category: 'office', ambiguous: true, ambiguousForms: ['Excel'], contextCues: ['vlookup', 'spreadsheets', 'pivot'] },
  { id: 'ms-teams', name: 'Microsoft Teams', aliases: ['Teams', 'MS Teams'], category: 'tool', ambiguous: true, ambiguousForms: ['Teams'], contextCues: ['zoom', 'webex', 'slack'] },
  { id: 'zoom', name: 'Zoom', category: 'tool' },
  { id: 'nodejs', name: 'Node.js', aliases: ['Node', 'NodeJS'], category: 'framework', ambiguous: true, ambiguousForms: ['Node'], contextCues: ['javascript', 'express', 'npm'] },
  { id: 'kubernetes', name: 'Kubernetes', aliases: ['K8s'], category: 'devops' },
  { id: 'aws', name: 'Amazon Web Services', aliases: ['AWS'], category: 'cloud' },
  { id: 'ci-cd', name: 'CI/CD', aliases: ['continuous integration', 'continuous delivery'], category: 'practice' },
  { id: 'rest-api', name: 'REST', aliases: ['REST API', 'RESTful API', 'RESTful'], category: 'protocol' },
  { id: 'postgresql', name: 'PostgreSQL', aliases: ['Postgres'], category: 'data-store' },
  { id: 'software-engineering', name: 'software engineering', category: 'concept', broadField: true },
  { id: 'machine-learning', name: 'machine learning', aliases: ['ML'], category: 'ai-ml' },
  { id: 'customer-service', name: 'customer service', category: 'sales' },
  { id: 'data-engineering', name: 'data engineering', category: 'data', broadField: true },
  { id: 'bookkeeping', name: 'bookkeeping', category: 'finance' },
  { id: 'communication', name: 'communication', aliases: ['communication skills'], category: 'soft-skill' },
  { id: 'distributed-systems', name: 'distributed systems', category: 'concept' },
  { id: 'spanish', name: 'Spanish', category: 'spoken-language', ambiguous: true, contextCues: ['fluent', 'spoken', 'written', 'bilingual', 'and', 'or'] },
  { id: 'shipping-receiving', name: 'shipping and receiving', aliases: ['shipping'], category: 'logistics' },
  { id: 'docker', name: 'Docker', category: 'devops' },
  { id: 'forklift', name: 'forklift operation', aliases: ['forklift'], category: 'logistics' },
  { id: 'cad', name: 'CAD', aliases: ['computer-aided design'], category: 'tool' },
  { id: 'kafka', name: 'Apache Kafka', aliases: ['Kafka', 'Kafka consumers'], category: 'data-store' },
  { id: 'consumer-groups', name: 'consumer groups', category: 'concept' },
  { id: 'mentoring', name: 'mentoring', aliases: ['mentoring junior engineers'], category: 'soft-skill' },
  { id: 'data-science', name: 'data science', aliases: ['data scientist'], category: 'ai-ml' },
];
