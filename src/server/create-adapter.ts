import { randomUUID } from 'node:crypto';
import {
  CallerIdConstants,
  ConfigurationBotFrameworkAuthentication,
  type TurnContext,
} from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import type { Logger } from 'pino';
import type { Config } from '../config/load-config';
import { phrase } from '../presentation/words/phrases';
import { describeError } from '../logging/describe-error';
import { GuardedAdapter } from './guarded-adapter';
import { quietTokenNoise } from './quiet-token-noise';

type ConnectorFactory = ReturnType<
  ConfigurationBotFrameworkAuthentication['createConnectorFactory']
>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;

/** What azure core-client accepts as a request's abort signal. */
interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** The HTTP pipeline inside a ConnectorClient (azure core-client), as far as a policy needs it. */
interface WithPipeline {
  client?: {
    pipeline?: {
      addPolicy(policy: {
        name: string;
        sendRequest(
          request: { abortSignal?: AbortSignalLike },
          next: (r: unknown) => Promise<unknown>
        ): Promise<unknown>;
      }): void;
    };
  };
}

/**
 * The public cloud's settings with the channel's signing keys published elsewhere. botbuilder
 * takes any one such setting to mean all are given, so the others are spelled out as its defaults.
 */
function publicCloudWithKeysAt(openIdMetadataUrl: string): Record<string, string | boolean> {
  return {
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}

/**
 * Bot Framework authentication whose connector clients (replies, updates) time out. botbuilder
 * replaces any request policy passed in its options, so the policy is added to each client it makes.
 */
class TimedAuthentication extends ConfigurationBotFrameworkAuthentication {
  constructor(
    settings: ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[0],
    private readonly timeoutMs: number
  ) {
    super(settings);
  }

  override createConnectorFactory(
    ...args: Parameters<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>
  ): ConnectorFactory {
    return withTimeout(super.createConnectorFactory(...args), this.timeoutMs);
  }

  override async authenticateRequest(
    ...args: Parameters<ConfigurationBotFrameworkAuthentication['authenticateRequest']>
  ): ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']> {
    const result = await super.authenticateRequest(...args);
    if (result.connectorFactory)
      result.connectorFactory = withTimeout(result.connectorFactory, this.timeoutMs);
    return result;
  }
}

/**
 * A connector factory whose clients give up on a call after `timeoutMs`, the response body
 * included: one abort signal spans the whole call (the pipeline's own `timeout` stops counting
 * once the headers arrive, so a channel that stalls its body would hold the turn).
 */
function withTimeout(inner: ConnectorFactory, timeoutMs: number): ConnectorFactory {
  const factory = Object.create(inner) as ConnectorFactory;
  factory.create = async (serviceUrl: string, audience?: string): Promise<ConnectorClient> => {
    const client = await inner.create(serviceUrl, audience);
    (client as unknown as WithPipeline).client?.pipeline?.addPolicy({
      name: 'outboundTimeout',
      async sendRequest(request, next) {
        const controller = new AbortController();
        const outer = request.abortSignal;
        const forward = () => controller.abort();
        if (outer?.aborted) controller.abort();
        outer?.addEventListener('abort', forward, { once: true });
        const timer = setTimeout(() => controller.abort(), timeoutMs);
        request.abortSignal = controller.signal;
        try {
          return await next(request);
        } finally {
          clearTimeout(timer);
          outer?.removeEventListener('abort', forward);
        }
      },
    });
    return client;
  };
  return factory;
}

/**
 * The Bot Framework adapter for the configured identity, with a timeout on every outgoing call (a
 * serviceUrl that never answers frees the turn). A
 * turn that fails is logged with a correlation id (type and stack frames only) and the user gets a
 * short apology with the same id.
 */
export function createAdapter(config: Config, logger: Logger): GuardedAdapter {
  quietTokenNoise();
  const auth = new TimedAuthentication(
    {
      MicrosoftAppId: config.appId,
      MicrosoftAppPassword: config.appPassword,
      MicrosoftAppType: config.appType,
      MicrosoftAppTenantId: config.tenantId,
      ...(config.openIdMetadataUrl ? publicCloudWithKeysAt(config.openIdMetadataUrl) : {}),
    },
    config.outboundTimeoutMs
  );
  const adapter = new GuardedAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    const correlationId = randomUUID();
    logger.error({ event: 'turn_error', correlationId, err: describeError(error) }, 'turn failed');
    // The reply could not reach the channel: an apology would wait on the same dead address.
    if (channelUnreachable(error)) return;
    const locale = context.activity.locale;
    const language =
      typeof locale === 'string' && locale.toLowerCase().startsWith('ja') ? 'ja' : 'en';
    try {
      await context.sendActivity(phrase(language, 'turnError', { id: correlationId }));
    } catch (sendError) {
      logger.error(
        { event: 'turn_error_reply_failed', correlationId, err: describeError(sendError) },
        'could not send the apology'
      );
    }
  };
  return adapter;
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'REQUEST_SEND_ERROR',
]);

/** True for a failure to talk to the channel at all (refused, reset, unresolvable, timed out). */
function channelUnreachable(error: unknown, depth = 0): boolean {
  const e = error as { code?: unknown; name?: unknown; cause?: unknown } | null;
  if (typeof e !== 'object' || e === null || depth > 4) return false;
  if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) return true;
  if (e.name === 'AbortError' || e.name === 'TimeoutError') return true;
  return channelUnreachable(e.cause, depth + 1);
}
