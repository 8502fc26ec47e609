// Types for `import ... from 'submission-checker'` (the element module): see types.d.ts.
export * from './types';
