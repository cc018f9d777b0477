import type http from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { sendAnswer } from './http-cache.js';
import { stateOf, type Step, type StepRequest } from './request-steps.js';

/**
 * The last step of a GraphQL endpoint: hands the request (its body read by the steps before) to
 * Apollo and writes Apollo's answer. What Apollo's Express integration did, on Node's own request
 * and response (request-steps.ts says why).
 */
export function apolloStep<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  context: (req: StepRequest, res: http.ServerResponse) => Promise<TContext>,
): Step {
  return async (req, res) => {
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '';
    const query = url.indexOf('?');
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: query === -1 ? '' : url.slice(query), body: req.body },
      context: () => context(req, res),
    });
    // stopped by its budget and answered already (app.ts): what Apollo made of it is dropped
    if (stateOf(res).answeredByBudget || res.headersSent) return;
    if (answer.body.kind === 'complete') {
      sendAnswer(req, res, answer.status ?? 200, answer.headers, answer.body.string);
      return;
    }
    // incremental delivery (@defer), should Apollo ever answer so: each part as it comes
    for (const [name, value] of answer.headers) res.setHeader(name, value);
    res.statusCode = answer.status ?? 200;
    for await (const chunk of answer.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
