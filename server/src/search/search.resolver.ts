import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Info, Int, Query, Resolver } from 'type-graphql';
import { Lang } from '../graphql/lang';
import { readingFor } from '../graphql/selection';
import type { SearchService } from './search.service';
import { SearchHit } from './search.type';

@Resolver(() => SearchHit)
export class SearchResolver {
  constructor(private readonly searches: SearchService) {}

  @Query(() => [SearchHit], {
    description:
      'Entities of every date whose names or aliases (Kazakh, Russian, English) match `text`, also inflected ("Сенаттың"), partly typed ("Prosecutor Gen") or typed in Latin letters ("Bas prokuror", "Mazhilis"), best first: whole names, then starts of names, then words inside names; among equals, those valid today first.',
  })
  search(
    @Info() info: GraphQLResolveInfo,
    @Arg('text', () => String, { description: 'What to look for: words of a name or alias, whole, inflected or partly typed.' })
    text: string,
    @Arg('lang', () => Lang, {
      nullable: true,
      description: 'Prefer names and aliases in this language (ranking and `matched`); all three are searched.',
    })
    lang?: Lang,
    @Arg('first', () => Int, {
      nullable: true,
      description: "How many hits at most: 10 when omitted, up to the server's page size limit (200 unless configured).",
    })
    first?: number,
  ): Promise<SearchHit[]> {
    return this.searches.search(text, lang ?? undefined, first ?? undefined, readingFor(info));
  }
}
