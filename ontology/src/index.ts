export * from './model';
export * from './normalise';
export {
  loadOntology,
  loadOntologyKinds,
  deriveEdges,
  hashOntology,
  formatIssue,
  OntologyValidationError,
  ONTOLOGY_DIR,
  type ValidationIssue,
} from './load';
export * from './graphNames';
export * from './mentions';
export * from './coverage';
export * from './kindMeaning';
