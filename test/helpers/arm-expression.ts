/**
 * ARM template expressions ("[format('{0}-id', parameters('namePrefix'))]"), read into a tree so
 * tests can check what a template refers to, and worked out with stand-in values for what only a
 * deployment knows (resource references, the tenant).
 */
export type ArmNode =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'call'; name: string; args: ArmNode[] }
  | { kind: 'property'; target: ArmNode; name: string }
  | { kind: 'index'; target: ArmNode; index: ArmNode };

/** True for a JSON string that ARM evaluates as an expression ("[[" escapes a literal "["). */
export function isExpression(text: string): boolean {
  return text.startsWith('[') && !text.startsWith('[[') && text.endsWith(']');
}

/** The tree of one expression, without its outer brackets; throws on a syntax error. */
export function parseExpression(text: string): ArmNode {
  let at = 0;
  const source = text.slice(1, -1);
  const space = () => {
    while (/\s/.test(source[at] ?? '')) at++;
  };
  const expect = (char: string) => {
    space();
    if (source[at] !== char) throw new Error(`expected ${char} at ${at} in ${text}`);
    at++;
  };
  const primary = (): ArmNode => {
    space();
    if (source[at] === "'") {
      let value = '';
      at++;
      for (;;) {
        if (at >= source.length) throw new Error(`unterminated string in ${text}`);
        if (source[at] === "'" && source[at + 1] === "'") {
          value += "'";
          at += 2;
        } else if (source[at] === "'") {
          at++;
          return { kind: 'string', value };
        } else value += source[at++];
      }
    }
    const number = /^-?\d+/.exec(source.slice(at));
    if (number) {
      at += number[0].length;
      return { kind: 'number', value: Number(number[0]) };
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(at));
    if (!name) throw new Error(`unexpected "${source[at]}" at ${at} in ${text}`);
    at += name[0].length;
    expect('(');
    const args: ArmNode[] = [];
    space();
    if (source[at] === ')') at++;
    else
      for (;;) {
        args.push(expression());
        space();
        if (source[at] === ',') at++;
        else {
          expect(')');
          break;
        }
      }
    return { kind: 'call', name: name[0], args };
  };
  const expression = (): ArmNode => {
    let node = primary();
    for (;;) {
      space();
      if (source[at] === '.') {
        at++;
        const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(at));
        if (!name) throw new Error(`expected a property at ${at} in ${text}`);
        at += name[0].length;
        node = { kind: 'property', target: node, name: name[0] };
      } else if (source[at] === '[') {
        at++;
        const index = expression();
        expect(']');
        node = { kind: 'index', target: node, index };
      } else return node;
    }
  };
  const tree = expression();
  space();
  if (at !== source.length) throw new Error(`unexpected text at ${at} in ${text}`);
  return tree;
}

/** Every call in the tree, outermost first. */
export function callsIn(node: ArmNode): Extract<ArmNode, { kind: 'call' }>[] {
  switch (node.kind) {
    case 'call':
      return [node, ...node.args.flatMap(callsIn)];
    case 'property':
      return callsIn(node.target);
    case 'index':
      return [...callsIn(node.target), ...callsIn(node.index)];
    default:
      return [];
  }
}

/** The expression written back in one canonical form, to compare two expressions. */
export function printExpression(node: ArmNode): string {
  switch (node.kind) {
    case 'string':
      return `'${node.value.replace(/'/g, "''")}'`;
    case 'number':
      return String(node.value);
    case 'call':
      return `${node.name.toLowerCase()}(${node.args.map(printExpression).join(', ')})`;
    case 'property':
      return `${printExpression(node.target)}.${node.name}`;
    case 'index':
      return `${printExpression(node.target)}[${printExpression(node.index)}]`;
  }
}

/** What a deployment would supply: the value of reference() for a resource type, the tenant, … */
export interface ArmWorld {
  parameters: Record<string, unknown>;
  variables: Record<string, unknown>;
  reference: (resourceType: string, name: string) => Record<string, unknown>;
  tenantId: string;
  resourceGroupId: string;
}

/** The value of an expression in that world (only the functions our template uses). */
export function evaluate(node: ArmNode, world: ArmWorld): unknown {
  const ev = (n: ArmNode) => evaluate(n, world);
  switch (node.kind) {
    case 'string':
    case 'number':
      return node.value;
    case 'property':
      return (ev(node.target) as Record<string, unknown>)[node.name];
    case 'index':
      return (ev(node.target) as Record<string, unknown>)[String(ev(node.index))];
    case 'call':
      break;
  }
  const args = node.args;
  const value = (i: number) => ev(args[i]);
  switch (node.name.toLowerCase()) {
    case 'parameters':
      return resolve(world.parameters[String(value(0))], world);
    case 'variables':
      return resolve(world.variables[String(value(0))], world);
    case 'format': {
      const values = args.slice(1).map(ev);
      return String(value(0)).replace(/\{(\d+)\}/g, (_m, i) => String(values[Number(i)]));
    }
    case 'take':
      return String(value(0)).slice(0, Number(value(1)));
    case 'uniquestring':
      return (
        'u' +
        args
          .map((a) => String(ev(a)).length)
          .join('')
          .padEnd(12, '7')
          .slice(0, 12)
      );
    case 'resourcegroup':
      return { id: world.resourceGroupId, location: 'westeurope' };
    case 'tenant':
      return { tenantId: world.tenantId };
    case 'if':
      return value(0) ? value(1) : value(2);
    case 'empty':
      return value(0) === '' || value(0) === undefined || value(0) === null;
    case 'not':
      return !value(0);
    case 'string':
      return String(value(0));
    case 'json':
      return JSON.parse(String(value(0)));
    case 'resourceid':
      return `${world.resourceGroupId}/providers/${value(0)}/${args.slice(1).map(ev).join('/')}`;
    case 'extensionresourceid':
      return `${value(0)}/providers/${value(1)}/${value(2)}`;
    case 'subscriptionresourceid':
      return `/subscriptions/sub/providers/${value(0)}/${args.slice(1).map(ev).join('/')}`;
    case 'guid':
      return `guid(${args.map(ev).join(',')})`;
    case 'listkeys':
      return { primarySharedKey: 'stand-in-key' };
    case 'reference': {
      const id = String(value(0));
      const match = /\/providers\/([^/]+\/[^/]+)\/(.+)$/.exec(id);
      if (!match) throw new Error(`reference() to ${id}`);
      return world.reference(match[1], match[2]);
    }
    default:
      throw new Error(`evaluate: ${node.name}() is not supported`);
  }
}

/** A template value with its expressions worked out. */
export function resolve(value: unknown, world: ArmWorld): unknown {
  if (typeof value === 'string')
    return isExpression(value) ? evaluate(parseExpression(value), world) : value;
  if (Array.isArray(value)) return value.map((v) => resolve(v, world));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, world)]));
  return value;
}
