export * from './contact-card';
export * from './match';
export * from './merge';
