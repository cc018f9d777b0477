import { defineModule } from '../platform/graphql/module.js';
import { Webhook } from './webhook.entity.js';
import { WebhookResolver } from './webhook.resolver.js';

export const webhookModule = defineModule({
  name: 'webhook',
  entities: [Webhook],
  resolvers: [WebhookResolver],
});
