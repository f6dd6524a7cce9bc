import { isInputObjectType, isInterfaceType, isObjectType, isEnumType, isUnionType, isScalarType, type GraphQLNamedType } from 'graphql';
import { buildApiSchema } from '../../server/src/graphql/schema';

/** Everything a client sees in the schema explains itself in the IDE and in generated docs. */
describe('the GraphQL schema', () => {
  it('describes every type, field and argument', async () => {
    const schema = await buildApiSchema();
    const missing: string[] = [];
    const own = (type: GraphQLNamedType) => !type.name.startsWith('__') && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name);
    for (const type of Object.values(schema.getTypeMap()).filter(own)) {
      if (!type.description && !(isObjectType(type) && ['Query', 'Mutation', 'Subscription'].includes(type.name))) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : [])
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      if (isUnionType(type) || isScalarType(type)) continue;
    }
    expect(missing).toEqual([]);
  });
});
