/** The course as progress summaries need it: chapters with their flashcard ids, and the challenges. */
export interface CourseOutline {
  chapters: { slug: string; title: string; order: number; questionIds: string[] }[];
  challenges: { id: string; chapter: string }[];
}
