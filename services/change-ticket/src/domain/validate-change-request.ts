import { type ArticleChoice, type CatalogFile, catalogsForKind } from './catalog';
import { type FieldError, invalid, required } from './field-error';
import type { ChangeRequestContent, InventoryElement } from './types';
import { validateArticleFields } from './validate-article-fields';

export const REFERENCE_MAX_LENGTH = 64;
export const DESCRIPTION_MAX_LENGTH = 4000;

export interface ContentCheck {
  errors: FieldError[];
  /** The catalog, category and article chosen, when all three resolve. */
  choice: ArticleChoice | null;
}

const blank = (value: string | null | undefined) => value === undefined || value === null || value.trim() === '';

/**
 * Checks a request's content against its element and the catalogs. `partial` (drafts): only what was given is
 * checked; complete (submit, preview): catalog, category, article and the article's required fields must be there.
 * Every broken rule is reported at once.
 */
export function validateChangeRequest(
  element: InventoryElement,
  content: ChangeRequestContent,
  catalogs: CatalogFile,
  options: { partial: boolean },
): ContentCheck {
  const errors: FieldError[] = [];
  const { partial } = options;
  if (element.status !== 'active') errors.push(invalid('elementId', 'the element is no longer active'));
  if (content.reference && content.reference.length > REFERENCE_MAX_LENGTH) {
    errors.push(invalid('reference', `must be at most ${REFERENCE_MAX_LENGTH} characters`));
  }
  if (content.description && content.description.length > DESCRIPTION_MAX_LENGTH) {
    errors.push(invalid('description', `must be at most ${DESCRIPTION_MAX_LENGTH} characters`));
  }

  let choice: ArticleChoice | null = null;
  const fields = content.fields ?? {};
  if (blank(content.catalogId)) {
    if (!partial) errors.push(required('catalogId', 'choose a change catalog'));
  } else {
    const catalog = catalogsForKind(catalogs, element.kind).find((c) => c.id === content.catalogId);
    if (!catalog) {
      errors.push(invalid('catalogId', `catalog ${content.catalogId} is not available for this element`));
    } else if (blank(content.categoryId)) {
      if (!partial) errors.push(required('categoryId', 'choose a category'));
    } else {
      const category = catalog.categories.find((c) => c.id === content.categoryId);
      if (!category) {
        errors.push(invalid('categoryId', `category ${content.categoryId} is not in catalog ${catalog.id}`));
      } else if (blank(content.articleId)) {
        if (!partial) errors.push(required('articleId', 'choose an article'));
      } else {
        const article = category.articles.find((a) => a.id === content.articleId);
        if (!article)
          errors.push(invalid('articleId', `article ${content.articleId} is not in category ${category.id}`));
        else choice = { catalog, category, article };
      }
    }
  }

  if (choice) {
    errors.push(...validateArticleFields(choice.article, fields, { partial, element }));
    if (choice.article.descriptionRequired && !partial && blank(content.description)) {
      errors.push(required('description', 'describe the change as precisely as possible'));
    }
  } else if (
    Object.keys(fields).length > 0 &&
    !errors.some((e) => ['catalogId', 'categoryId', 'articleId'].includes(e.path))
  ) {
    errors.push(invalid('fields', 'choose an article before filling in its fields'));
  }
  return { errors, choice };
}
