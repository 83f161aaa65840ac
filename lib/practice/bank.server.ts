import 'server-only';
import { cache } from 'react';
import { getChapters } from '@/lib/content';
import { collectQuestionBank, type QuestionBank } from './bank';

/** The question bank of the published chapters, collected once per build render. */
export const getQuestionBank = cache((): QuestionBank => collectQuestionBank(getChapters()));
