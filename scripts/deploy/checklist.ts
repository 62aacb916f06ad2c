import type { DeployOptions } from './deploy-options';
import type { DeploymentOutputs } from './read-az-output';

/** Microsoft Graph's app id, the same in every tenant. */
const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

/** The bash lines that give the bot's identity one Microsoft Graph application permission. */
export function grantCommands(principalId: string, permission: string): string[] {
  return [
    `graph=$(az ad sp show --id ${GRAPH_APP_ID} --query id -o tsv)`,
    `role=$(az ad sp show --id ${GRAPH_APP_ID} --query "appRoles[?value=='${permission}'].id" -o tsv)`,
    `az rest --method POST --uri https://graph.microsoft.com/v1.0/servicePrincipals/${principalId}/appRoleAssignments --body "{\\"principalId\\":\\"${principalId}\\",\\"resourceId\\":\\"$graph\\",\\"appRoleId\\":\\"$role\\"}"`,
  ];
}

/** What was made and what is left to do by hand, as printed at the end of a deployment. */
export function checklist(
  options: DeployOptions,
  outputs: DeploymentOutputs,
  image: string,
  appPackage: string
): string {
  const host = new URL(outputs.messagingEndpoint).origin;
  const indent = (lines: string[]) => lines.map((l) => `     ${l}`);
  return [
    '',
    `Connector Decoder is deployed to resource group ${options.resourceGroup}.`,
    `  Messaging endpoint   ${outputs.messagingEndpoint}`,
    `  App id               ${outputs.appId} (MicrosoftAppId: the managed identity's client id)`,
    `  Tenant               ${outputs.tenantId}`,
    `  Container app        ${outputs.containerAppName}, image ${image}`,
    `  Sentinel tables      ${outputs.storageTableUrl}`,
    `  Teams app package    ${appPackage}`,
    '',
    'Left to do by hand:',
    `  1. Upload the Teams app, ${appPackage}:`,
    '     for everyone: Teams admin center (https://admin.teams.microsoft.com) > Teams apps >',
    '     Manage apps > Upload new app; or just for you: Teams > Apps > Manage your apps > Upload an app.',
    ...(options.graphChecks
      ? [
          "  2. The sentinel's Graph checks are on and get 403 until a Privileged Role Administrator",
          "     grants the bot's identity Microsoft Graph's application permission",
          '     DeviceManagementConfiguration.Read.All.',
        ]
      : [
          "  2. Only for the sentinel's Graph checks (run again with --graph-checks to turn them on):",
          "     a Privileged Role Administrator grants the bot's identity Microsoft Graph's application",
          '     permission DeviceManagementConfiguration.Read.All.',
        ]),
    '     A managed identity has no consent button in the portal; run (bash, signed in as that admin):',
    ...indent(grantCommands(outputs.principalId, 'DeviceManagementConfiguration.Read.All')),
    '     For Cloud PKI, run the same three lines with DeviceManagementCloudCA.Read.All.',
    '     To check: Microsoft Entra admin center > Enterprise applications > Application type:',
    `     Managed Identities > ${options.namePrefix}-id > Permissions.`,
    '  3. Test:',
    `     curl ${host}/healthz   (answers {"status":"ok",…})`,
    '     in Teams, open Connector Decoder and send "what is 0x411"   (answers with a card)',
    '     the logs, as JSON lines:',
    `     az containerapp logs show --name ${outputs.containerAppName} --resource-group ${options.resourceGroup} --follow`,
    '',
    'Run the same command again to update: a new image tag makes a new revision. See docs/deploy.md.',
    '',
  ].join('\n');
}
