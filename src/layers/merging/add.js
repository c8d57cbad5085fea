import { baseKeys, checkKeys } from "../../core/options.js";
import { ElementwiseMerge } from "./merge.js";
const addKeys = [...baseKeys];
class AddLayer extends ElementwiseMerge {
    constructor(o) {
        checkKeys("Add", o, addKeys);
        super(o, "Add");
    }
}
export function add(options = {}) {
    return new AddLayer(options);
}
