import { type FormEvent, useState } from 'react';
import { useSetSlack } from '../../api/team';
import type { Workspace } from '../../api/team-types';
import { serverFieldErrors } from '../../validation';
import { ChoiceGroup } from '../choice-group';
import { Field } from '../field';
import { FormError, FormStatus } from '../form-messages';

const VIA = ['webhook', 'bot'] as const;
const VIA_LABELS = { webhook: 'Incoming webhook', bot: 'Bot token' } as const;

/**
 * Where rounds, prompts, welcomes and celebrations are posted, and the signing secret for
 * `/rapport`. Secrets are write-only: the form never shows them back, saving replaces them.
 */
export function SlackForm({ workspace }: { workspace: Workspace }) {
  const save = useSetSlack(workspace.id);
  const [via, setVia] = useState<(typeof VIA)[number]>(workspace.slack.via ?? 'webhook');
  const [webhookUrl, setWebhookUrl] = useState('');
  const [botToken, setBotToken] = useState('');
  const [channel, setChannel] = useState(workspace.slack.channel ?? '');
  const [signingSecret, setSigningSecret] = useState('');
  const [teamId, setTeamId] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const errors = serverFieldErrors(save.error);
  const orNull = (text: string) => text.trim() || null;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    save.mutate(
      {
        webhookUrl: via === 'webhook' ? orNull(webhookUrl) : null,
        botToken: via === 'bot' ? orNull(botToken) : null,
        channel: via === 'bot' ? orNull(channel) : null,
        signingSecret: orNull(signingSecret),
        teamId: orNull(teamId),
      },
      {
        onSuccess: (next) => {
          setWebhookUrl('');
          setBotToken('');
          setSigningSecret('');
          setSaved(
            next.slack.configured ? 'Saved. Rounds will be posted to Slack.' : 'Slack is off.',
          );
        },
      },
    );
  }

  const { slack } = workspace;
  return (
    <form onSubmit={submit} noValidate className="stack">
      <p>
        {slack.configured
          ? `Posting via ${VIA_LABELS[slack.via ?? 'webhook'].toLowerCase()}${slack.channel ? ` to ${slack.channel}` : ''}.`
          : 'Not set up: rounds go by e-mail and on these pages only.'}{' '}
        {slack.commands ? 'The /rapport command is on.' : ''}
      </p>
      <ChoiceGroup
        legend="Post with"
        name="slackVia"
        value={via}
        options={VIA}
        labels={VIA_LABELS}
        onChange={setVia}
      />
      {via === 'webhook' ? (
        <Field
          label="Webhook URL"
          hint="From your Slack app’s “Incoming Webhooks”: https://hooks.slack.com/services/…"
          name="slackWebhook"
          type="url"
          autoComplete="off"
          value={webhookUrl}
          onChange={(event) => setWebhookUrl(event.target.value)}
          error={errors.webhookUrl}
        />
      ) : (
        <div className="form-grid">
          <Field
            label="Bot token"
            hint="Starts with xoxb-."
            name="slackBotToken"
            type="password"
            autoComplete="off"
            value={botToken}
            onChange={(event) => setBotToken(event.target.value)}
            error={errors.botToken}
          />
          <Field
            label="Channel"
            hint="e.g. #coffee"
            name="slackChannel"
            value={channel}
            onChange={(event) => setChannel(event.target.value)}
            error={errors.channel}
          />
        </div>
      )}
      <div className="form-grid">
        <Field
          label="Signing secret (for /rapport)"
          hint="From “Basic Information” of your Slack app. Leave empty to turn the command off."
          name="slackSigningSecret"
          type="password"
          autoComplete="off"
          value={signingSecret}
          onChange={(event) => setSigningSecret(event.target.value)}
          error={errors.signingSecret}
        />
        <Field
          label="Slack team id (optional)"
          hint="Like T0123ABCD: commands from other Slack workspaces are refused."
          name="slackTeamId"
          autoComplete="off"
          value={teamId}
          onChange={(event) => setTeamId(event.target.value)}
          error={errors.teamId}
        />
      </div>
      <button type="submit" aria-disabled={save.isPending}>
        Save Slack set-up
      </button>
      <FormError error={save.error} />
      <FormStatus message={saved} />
    </form>
  );
}
