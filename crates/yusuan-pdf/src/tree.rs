//! The page tree: walked from the catalog, or, when the file lost it (cut off before its
//! catalog or root /Pages node), rebuilt from the page objects a scan of the file found.
//! Either way the walk says what it could not vouch for: pages the tree declares but does not
//! hold, page objects the tree does not reach.

use std::collections::HashSet;

use lopdf::{Dictionary, Object, ObjectId};

use super::document::PageNode;
use super::geom::Rect;
use super::objects::{self, resolve};

/// Deepest page tree walked (deeper nodes are skipped).
const MAX_TREE_DEPTH: usize = 64;

/// The pages of a document and how they were found.
pub(crate) struct Walk {
    pub pages: Vec<PageNode>,
    /// Rebuilt from loose page objects: the catalog or the root of the tree is gone.
    pub rebuilt: bool,
    /// The root's /Count, when the tree has a root.
    pub declared: Option<u64>,
    /// /Page objects of the file that the walk did not reach.
    pub unreached: usize,
}

/// Walks the page tree from the catalog, at most `max_pages` pages; with no usable tree, the
/// tree is rebuilt ([`rebuild`]).
pub(crate) fn walk(doc: &lopdf::Document, max_pages: usize) -> Walk {
    let root = doc
        .trailer
        .get(b"Root")
        .ok()
        .and_then(|o| resolve(doc, o))
        .and_then(objects::as_dict)
        .and_then(|catalog| match catalog.get(b"Pages") {
            Ok(Object::Reference(id)) => Some(*id),
            _ => None,
        });
    let Some(root) = root else {
        return rebuild(doc, max_pages);
    };
    let mut seen = HashSet::new();
    let mut pages = Vec::new();
    subtree(doc, root, &mut seen, max_pages, &mut pages);
    if pages.iter().all(|p| p.missing) {
        let rebuilt = rebuild(doc, max_pages);
        if !rebuilt.pages.is_empty() {
            return rebuilt;
        }
    }
    let declared = doc
        .objects
        .get(&root)
        .and_then(objects::as_dict)
        .and_then(|d| objects::num(doc, d, b"Count"))
        .filter(|c| *c >= 0.0)
        .map(|c| c as u64);
    let unreached = page_objects(doc).filter(|id| !seen.contains(id)).count();
    Walk {
        pages,
        rebuilt: false,
        declared,
        unreached,
    }
}

/// Every /Page object of the document, in object-number order.
fn page_objects(doc: &lopdf::Document) -> impl Iterator<Item = ObjectId> + '_ {
    doc.objects.iter().filter_map(|(id, o)| {
        let d = objects::as_dict(o)?;
        (objects::name(doc, d, b"Type") == Some(b"Page")).then_some(*id)
    })
}

fn is_node(doc: &lopdf::Document, d: &Dictionary) -> bool {
    matches!(objects::name(doc, d, b"Type"), Some(b"Pages" | b"Page"))
}

/// The page tree rebuilt from what survives: every /Pages or /Page object whose /Parent is not
/// in the file heads a piece of the tree, walked in its own /Kids order; the pieces go in the
/// order of their lowest page object number (producers number pages as they write them), the
/// first page a linearization dictionary names (/O) first. Page objects no piece reaches
/// follow in object-number order.
fn rebuild(doc: &lopdf::Document, max_pages: usize) -> Walk {
    let heads: Vec<ObjectId> = doc
        .objects
        .iter()
        .filter_map(|(id, o)| {
            let d = objects::as_dict(o)?;
            let parent = d
                .get(b"Parent")
                .ok()
                .and_then(|p| resolve(doc, p))
                .and_then(objects::as_dict)
                .filter(|p| objects::name(doc, p, b"Type") == Some(b"Pages"));
            (is_node(doc, d) && parent.is_none()).then_some(*id)
        })
        .collect();
    let first = linearized_first_page(doc);
    let mut seen = HashSet::new();
    let mut pieces: Vec<(bool, ObjectId, Vec<PageNode>)> = heads
        .into_iter()
        .filter_map(|head| {
            let mut pages = Vec::new();
            subtree(doc, head, &mut seen, max_pages, &mut pages);
            let lowest = pages.iter().map(|p| p.id).min()?;
            let has_first = first.is_some_and(|f| pages.iter().any(|p| p.id == f));
            Some((!has_first, lowest, pages))
        })
        .collect();
    pieces.sort_by_key(|(not_first, lowest, _)| (*not_first, *lowest));
    let mut pages: Vec<PageNode> = pieces.into_iter().flat_map(|(_, _, p)| p).collect();
    let loose: Vec<ObjectId> = page_objects(doc).filter(|id| !seen.contains(id)).collect();
    for id in loose {
        subtree(doc, id, &mut seen, max_pages, &mut pages);
    }
    pages.truncate(max_pages);
    Walk {
        rebuilt: !pages.is_empty(),
        pages,
        declared: None,
        unreached: 0,
    }
}

/// The first page of a linearized file (/O of its linearization dictionary).
fn linearized_first_page(doc: &lopdf::Document) -> Option<ObjectId> {
    let lin = doc
        .objects
        .values()
        .filter_map(objects::as_dict)
        .find(|d| d.has(b"Linearized"))?;
    let n = objects::num(doc, lin, b"O")?;
    let id = (u32::try_from(n as i64).ok()?, 0);
    doc.objects.contains_key(&id).then_some(id)
}

/// Walks the tree below `top` depth-first, inheriting Resources, MediaBox, CropBox and Rotate
/// from the ancestors in the file (and then from the walk); a node met twice (cycles, shared
/// kids) is visited once.
fn subtree(
    doc: &lopdf::Document,
    top: ObjectId,
    seen: &mut HashSet<ObjectId>,
    max_pages: usize,
    out: &mut Vec<PageNode>,
) {
    let mut stack = vec![(top, inherited(doc, top), 0usize)];
    while let Some((id, parent, depth)) = stack.pop() {
        if out.len() >= max_pages || depth > MAX_TREE_DEPTH || !seen.insert(id) {
            continue;
        }
        let Some(node) = doc.objects.get(&id).and_then(objects::as_dict) else {
            // A kid that is not there (a cut-off file): a page that cannot be read. The top
            // itself missing is no tree at all.
            if depth > 0 && !doc.objects.contains_key(&id) {
                let mut attrs = parent.clone();
                attrs.id = id;
                attrs.missing = true;
                out.push(attrs);
            }
            continue;
        };
        let mut attrs = parent.clone();
        attrs.id = id;
        inherit(doc, node, &mut attrs);
        match objects::array(doc, node, b"Kids") {
            Some(kids) if objects::name(doc, node, b"Type") != Some(b"Page") => {
                for kid in kids.iter().rev() {
                    if let Object::Reference(kid_id) = kid {
                        stack.push((*kid_id, attrs.clone(), depth + 1));
                    }
                }
            }
            _ => out.push(attrs),
        }
    }
}

/// What `id` inherits from the ancestors the file still holds (none for a catalog's root).
fn inherited(doc: &lopdf::Document, id: ObjectId) -> PageNode {
    let mut chain = Vec::new();
    let mut at = id;
    let mut visited = HashSet::new();
    while let Some(parent) = doc
        .objects
        .get(&at)
        .and_then(objects::as_dict)
        .and_then(|d| match d.get(b"Parent") {
            Ok(Object::Reference(p)) => Some(*p),
            _ => None,
        })
    {
        if !visited.insert(parent) || chain.len() >= MAX_TREE_DEPTH {
            break;
        }
        match doc.objects.get(&parent).and_then(objects::as_dict) {
            Some(d) => chain.push(d),
            None => break,
        }
        at = parent;
    }
    let mut attrs = PageNode {
        id,
        resources: None,
        media_box: None,
        crop_box: None,
        rotate: 0,
        missing: false,
    };
    for d in chain.into_iter().rev() {
        inherit(doc, d, &mut attrs);
    }
    attrs
}

fn inherit(doc: &lopdf::Document, node: &Dictionary, attrs: &mut PageNode) {
    if let Some(r) = objects::dict(doc, node, b"Resources") {
        attrs.resources = Some(r.clone());
    }
    if let Some(r) = node.get(b"MediaBox").ok().and_then(|o| rect_of(doc, o)) {
        attrs.media_box = Some(r);
    }
    if let Some(r) = node.get(b"CropBox").ok().and_then(|o| rect_of(doc, o)) {
        attrs.crop_box = Some(r);
    }
    if let Some(r) = objects::get(doc, node, b"Rotate").and_then(objects::number) {
        attrs.rotate = r as i64;
    }
}

fn rect_of(doc: &lopdf::Document, obj: &Object) -> Option<Rect> {
    let Object::Array(items) = resolve(doc, obj)? else {
        return None;
    };
    let v = objects::numbers(doc, items);
    match v.as_slice() {
        [a, b, c, d] => Some(Rect::from_points((*a, *b), (*c, *d))),
        _ => None,
    }
}
