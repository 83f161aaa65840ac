/** Minimal ESTree shapes we read from MDX attribute expressions. */
interface EsNode {
  type: string;
  [key: string]: unknown;
}

export class NotLiteralError extends Error {}

/**
 * Evaluates an MDX attribute expression that must be a literal: strings, numbers, booleans, null,
 * arrays and plain objects of literals, negative numbers and template strings without expressions.
 * Anything else (variables, calls) throws NotLiteralError: lessons pass data, not code.
 * @example literalValue(parseExpression('[1, 2]')) // [1, 2]
 */
export function literalValue(node: EsNode): unknown {
  switch (node.type) {
    case 'Literal':
      return node.value;
    case 'ArrayExpression':
      return (node.elements as (EsNode | null)[]).map((el) => {
        if (!el || el.type === 'SpreadElement') throw new NotLiteralError('spread and holes are not allowed');
        return literalValue(el);
      });
    case 'ObjectExpression': {
      const out: Record<string, unknown> = {};
      for (const prop of node.properties as EsNode[]) {
        if (prop.type !== 'Property' || prop.computed || prop.kind !== 'init') throw new NotLiteralError('only plain object properties are allowed');
        const key = prop.key as EsNode;
        const name = key.type === 'Identifier' ? (key.name as string) : key.type === 'Literal' ? String(key.value) : null;
        if (name === null) throw new NotLiteralError('object keys must be names or strings');
        out[name] = literalValue(prop.value as EsNode);
      }
      return out;
    }
    case 'UnaryExpression':
      if (node.operator === '-' && (node.argument as EsNode).type === 'Literal' && typeof (node.argument as EsNode).value === 'number') {
        return -((node.argument as EsNode).value as number);
      }
      throw new NotLiteralError('only negative numbers are allowed as unary expressions');
    case 'TemplateLiteral':
      if ((node.expressions as unknown[]).length === 0) {
        return (node.quasis as { value: { cooked: string } }[]).map((q) => q.value.cooked).join('');
      }
      throw new NotLiteralError('template strings may not contain expressions');
    default:
      throw new NotLiteralError(`${node.type} is not a literal`);
  }
}
