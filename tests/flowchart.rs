//! The flowchart on a setting's printed procedure is the settings' routing table drawn: the copy
//! the build serves (`assets/setting-flowchart.svg`) must be exactly what `flowchart::setting`
//! draws from today's table and words. `UPDATE_SNAPSHOTS=1 cargo test` redraws it.

mod snapshot;

#[test]
fn the_served_flowchart_is_the_settings_routing_table_drawn() {
    let file = snapshot::path("../../assets/setting-flowchart.svg");
    let difference = snapshot::compare(&file, &signpost::render::flowchart::setting());
    snapshot::assert_all_match(&difference.into_iter().collect::<Vec<_>>());
}
