/**
 * The explorer's entry. It asks for the ontology and the graph first, and loads the drawing code
 * (explorer/ with Cytoscape and its layouts: nearly all the bytes) while the server answers, so
 * that the two overlap rather than follow each other.
 */
import { graphql, ONTOLOGY_QUERY, requestGraph, type FirstRequests } from './api';
import { localToday, readViewState } from './viewState';
import './styles.css';

// The explorer (explorer/viewStore.ts) reads the same address and storage, so it draws the view asked for here.
const state = readViewState(location.search, localStorage, localToday(), navigator.languages);
const requests: FirstRequests = { ontology: graphql(ONTOLOGY_QUERY), graph: requestGraph(state) };
// Failures are shown by the explorer once it has loaded; until then they are not unhandled.
for (const request of Object.values(requests)) request.catch(() => undefined);
void import('./explorer').then(({ start }) => start(requests));
